// Numbers that agree with what they count (issue 11). Arabic has six plural categories and
// Intl.PluralRules("ar") knows them: zero (0), one (1), two (2), few (3–10, 103–110…),
// many (11–99, 111–199…) and other (100–102, 200…). A counted phrase gives a form for each;
// "#" stands for the number (Latin digits, as everywhere on the site). Runs on the server
// and in /reader.js.

export type CountForms = { zero: string; one: string; two: string; few: string; many: string; other: string };

let rules: Intl.PluralRules | null = null;

export function counted(n: number, forms: CountForms): string {
  rules ??= new Intl.PluralRules("ar");
  const category = rules.select(n) as keyof CountForms;
  return (forms[category] ?? forms.other).replace("#", String(n));
}

/** Phrases used in more than one place (minutes and hours as they read after «بعد», «خلال»). */
export const LETTERS: CountForms = { zero: "# حرف", one: "حرف واحد", two: "حرفان", few: "# أحرف", many: "# حرفاً", other: "# حرف" };
export const MINUTES: CountForms = { zero: "# دقيقة", one: "دقيقة واحدة", two: "دقيقتين", few: "# دقائق", many: "# دقيقة", other: "# دقيقة" };
export const HOURS: CountForms = { zero: "# ساعة", one: "ساعة واحدة", two: "ساعتين", few: "# ساعات", many: "# ساعة", other: "# ساعة" };
export const RESULTS: CountForms = { zero: "لا نتائج", one: "نتيجة واحدة", two: "نتيجتان", few: "# نتائج", many: "# نتيجة", other: "# نتيجة" };
export const TAGS: CountForms = { zero: "لا وسوم", one: "وسم واحد", two: "وسمان", few: "# وسوم", many: "# وسماً", other: "# وسم" };
export const IMAGES: CountForms = { zero: "لا صور", one: "صورة واحدة", two: "صورتان", few: "# صور", many: "# صورة", other: "# صورة" };
export const PIECES: CountForms = { zero: "لا مقالات", one: "مقالة واحدة", two: "مقالتان", few: "# مقالات", many: "# مقالة", other: "# مقالة" };
