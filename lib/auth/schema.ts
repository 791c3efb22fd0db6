import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";
import { counted, LETTERS, MINUTES } from "@/lib/arabic/plural";

export const SIGN_IN_FAILED = "البريد الإلكتروني أو كلمة المرور غير صحيحة.";
export const lockedMessage = (seconds: number) =>
  `محاولات دخول فاشلة كثيرة. حاول مجدداً بعد ${counted(Math.max(1, Math.ceil(seconds / 60)), MINUTES)}.`;

export const signInSchema = z.object({
  email: text().trim().min(1, "أدخل البريد الإلكتروني.").max(200),
  password: text().min(1, "أدخل كلمة المرور.").max(500),
  next: text().optional(),
});

/** The second step of a sign-in (decision 132). */
export const CODE_FAILED = "الرمز غير صحيح أو استُخدم من قبل.";
export const CHALLENGE_EXPIRED = "انتهت مهلة إدخال الرمز (5 دقائق). سجّل الدخول من جديد.";
const secondFactorCode = text().trim().min(1, "أدخل الرمز.").max(20, "الرمز أطول من المتوقع.");
export const secondFactorSchema = z.object({ code: secondFactorCode, next: text().optional() });
/** Turning two-factor off or replacing recovery codes: the password and a code. */
export const secondFactorProofSchema = z.object({ password: text().min(1, "أدخل كلمة المرور.").max(500), code: secondFactorCode });
/** A session named on the account page (lib/auth/sessions.ts sessionHandle). */
export const sessionIdSchema = z.object({ session: text().regex(/^[A-Za-z0-9_-]{22}$/, "الجلسة غير موجودة أو انتهت من قبل.") });

export const PASSWORD_MIN = 10;
export const WRONG_CURRENT_PASSWORD = "كلمة المرور الحالية غير صحيحة.";
export const newPasswordSchema = z
  .object({
    current: text().min(1, "أدخل كلمة المرور الحالية.").max(500),
    password: text().min(PASSWORD_MIN, `كلمة المرور ${counted(PASSWORD_MIN, LETTERS)} على الأقل.`).max(500),
    confirm: text(),
  })
  .refine((v) => v.password === v.confirm, { message: "كلمتا المرور غير متطابقتين.", path: ["confirm"] })
  .refine((v) => v.password !== v.current, { message: "اختر كلمة مرور غير الحالية.", path: ["password"] });

/** Only same-site paths under /admin are followed after sign-in. */
export function safeNext(next: string | undefined | null): string {
  return next && next.startsWith("/admin") && !next.startsWith("//") ? next : "/admin";
}

const email = text().trim().toLowerCase().max(200).pipe(z.email("بريد إلكتروني غير صالح."));
const newPassword = text().min(PASSWORD_MIN, `كلمة المرور ${counted(PASSWORD_MIN, LETTERS)} على الأقل.`).max(500, "كلمة المرور أطول من المسموح (500 حرف).");
const linkToken = text().regex(/^[A-Za-z0-9_-]{43}$/, "الرابط غير صالح أو منتهي الصلاحية.");

/** «نسيت كلمة المرور؟» */
export const forgotPasswordSchema = z.object({ email });

/** Choosing a password from a link (a reset or an invitation). */
export const passwordFromLinkSchema = z
  .object({ token: linkToken, password: newPassword, confirm: text().max(500) })
  .refine((v) => v.password === v.confirm, { message: "كلمتا المرور غير متطابقتين.", path: ["confirm"] });

export const LINK_INVALID = "الرابط غير صالح أو منتهي الصلاحية أو استُخدم من قبل. اطلب رابطاً جديداً.";
/** An invitation cannot be asked for by the invited person: only an admin sends a new one. */
export const INVITE_INVALID = "الدعوة غير صالحة أو منتهية الصلاحية أو استُخدمت من قبل. اطلب من مدير غرفة الأخبار إرسال دعوة جديدة.";
