import { normalizeArabic } from "@/lib/arabic/normalize";

// How a picture's credit reads under it (decision 187). A photographer's name gets
// «تصوير: »; a credit that already says what it is — a label («المصدر:», «بعدسة»,
// «Photo:», «©») or an agency («رويترز», «وكالة الأنباء العراقية», «AFP») — is shown as typed,
// since «تصوير: رويترز» would credit the agency with a photographer's work it only distributes.
// Pure: the article page, the content API and JSON-LD share it.

const LABEL = /[©:：/]|^(تصوير|بعدسة|عدسة|صورة|الصورة|المصدر|مصدر|عن|بإذن|بالتعاون|حقوق|photo|photos|credit|courtesy|source|via)(\s|$)/iu;
// Agencies as they are commonly written, compared after Arabic normalisation (alef, hamza, ta marbuta folded).
const AGENCIES = [
  "وكاله", "رويترز", "فرانس برس", "ا ف ب", "اف ب", "اسوشيتد برس", "الاناضول", "شينخوا", "واع", "سانا", "وام", "قنا", "كونا", "الاسوشيتد",
  "reuters", "afp", "ap", "epa", "getty", "anadolu", "xinhua", "associated press", "ina",
].map((a) => normalizeArabic(a));

function namesAgency(credit: string): boolean {
  const words = ` ${normalizeArabic(credit).replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  return AGENCIES.some((a) => words.includes(` ${a} `));
}

export function creditLine(credit: string | null | undefined): string | null {
  const c = credit?.trim();
  if (!c) return null;
  return LABEL.test(c) || namesAgency(c) ? c : `تصوير: ${c}`;
}
