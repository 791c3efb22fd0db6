// An attempt's outcome in Arabic for the dashboard. The stored error is the network's own
// (English, for the log); admins read what it means, with the original kept beside it.

export const DELIVERY_STATUS: Record<string, string> = {
  pending: "تنتظر",
  sending: "تُرسل الآن",
  succeeded: "وصلت",
  failed: "فشلت نهائياً",
};

export function attemptErrorText(error: string | null, statusCode: number | null): string | null {
  if (!error) return null;
  if (statusCode != null) return `ردّ المستقبِل برمز ${statusCode} (المقبول 200–299)`;
  if (error.startsWith("refused: private")) return "رُفض: العنوان داخلي أو محلي";
  if (error.startsWith("refused: unresolved")) return "تعذّر العثور على النطاق";
  if (error.startsWith("refused: scheme")) return "عنوان غير صالح";
  if (error === "timeout") return "لم يردّ المستقبِل خلال 10 ثوانٍ";
  if (error.includes("ECONNREFUSED")) return "رفض خادم المستقبِل الاتصال";
  if (error.includes("ECONNRESET") || error.includes("socket hang up")) return "انقطع الاتصال قبل الرد";
  if (/certificate|SSL|TLS/i.test(error)) return "شهادة HTTPS غير صالحة";
  return "خطأ في الشبكة";
}
