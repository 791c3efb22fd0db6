import Bowser from "bowser";

const KIND: Record<string, string> = { mobile: "هاتف", tablet: "جهاز لوحي", desktop: "حاسوب", tv: "تلفاز" };

/** «Chrome على Android (هاتف)»: a session's device in words, from its User-Agent (bowser). */
export function deviceLabel(userAgent: string | null | undefined): string {
  if (!userAgent) return "جهاز غير معروف";
  const p = Bowser.parse(userAgent);
  const browser = p.browser.name || "متصفح غير معروف";
  const os = p.os.name ? ` على ${p.os.name}` : "";
  const kind = p.platform.type && KIND[p.platform.type] ? ` (${KIND[p.platform.type]})` : "";
  return `${browser}${os}${kind}`;
}
