import { counted, type CountForms } from "@/lib/arabic/plural";

// Length as the reader sees it: grapheme clusters (an emoji with modifiers, a letter with
// its vowel marks, a flag…) count once. The same function runs in the browser counter,
// the zod schema, the route handler and the server actions.

export const NAME_MIN = 2;
export const NAME_MAX = 50;
export const BODY_MIN = 1;
export const BODY_MAX = 255;

let segmenter: Intl.Segmenter | null = null;

export function graphemeLength(text: string): number {
  segmenter ??= new Intl.Segmenter("ar", { granularity: "grapheme" });
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** Trimmed, NFC-normalised, with Windows and old Mac line ends made "\n". */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

const LEFT: CountForms = { zero: "لم يبقَ أي حرف", one: "حرف واحد متبقٍ", two: "حرفان متبقيان", few: "# أحرف متبقية", many: "# حرفاً متبقياً", other: "# حرف متبقٍ" };
const OVER: CountForms = { zero: "", one: "تجاوزت الحد بحرف واحد", two: "تجاوزت الحد بحرفين", few: "تجاوزت الحد بـ # أحرف", many: "تجاوزت الحد بـ # حرفاً", other: "تجاوزت الحد بـ # حرف" };

/** "255 حرفاً متبقياً", the number agreeing with it (lib/arabic/plural.ts); over the limit, by how much. */
export function remainingText(body: string, max = BODY_MAX): string {
  const left = max - graphemeLength(cleanText(body));
  return left >= 0 ? counted(left, LEFT) : counted(-left, OVER);
}
