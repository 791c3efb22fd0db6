import { counted, MINUTES, type CountForms } from "@/lib/arabic/plural";

// Word count and reading time as the editor shows them. Words are what Intl.Segmenter calls
// word-like in Arabic (letters with their marks, digits), not runs between spaces: «و» glued
// to a word stays one word, punctuation and stray dashes count for nothing.

const segmenter = new Intl.Segmenter("ar", { granularity: "word" });

/** Arabic readers of news read about 180 words a minute (silent reading, measured studies put it at 150–200). */
export const WORDS_PER_MINUTE = 180;

export const WORDS: CountForms = { zero: "لا كلمات", one: "كلمة واحدة", two: "كلمتان", few: "# كلمات", many: "# كلمة", other: "# كلمة" };

export function wordCount(text: string): number {
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** Whole minutes, at least one for any text at all. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/** The editor's HTML as plain text for counting and comparing: blocks end with a space so their words do not run together. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<(br|hr)\b[^>]*>|<\/(p|h[1-6]|li|td|th|blockquote|figcaption|div|tr)>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** «350 كلمة · قراءة في دقيقتين» */
export function readingSummary(text: string): string {
  const words = wordCount(text);
  if (words === 0) return counted(0, WORDS);
  return `${counted(words, WORDS)} · قراءة في ${counted(readingMinutes(words), MINUTES)}`;
}
