import { words } from "./normalize";

// Word-list matching on normalised Arabic: "كَلـب" matches a listed "كلب", while a longer
// word that merely contains it does not. The definite article and its common proclitic
// forms are peeled off, so "الكلب" and "بالكلب" match "كلب" too (docs/decisions/031).

const ARTICLE_PREFIXES = ["وبال", "وال", "بال", "فال", "كال", "لل", "ال"];

function variants(word: string): string[] {
  const out = [word];
  for (const p of ARTICLE_PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= 2) out.push(word.slice(p.length));
  }
  return out;
}

/** A listed entry may be one word or a phrase of several; matched as whole words. */
export function compileWordList(list: readonly string[]): string[][] {
  return list.map((entry) => words(entry)).filter((w) => w.length > 0);
}

/** The first listed entry found in the text (as its normalised words), or null. */
export function findListedWord(text: string, list: readonly string[]): string | null {
  const entries = compileWordList(list);
  if (entries.length === 0) return null;
  const tokens = words(text);
  for (const entry of entries) {
    for (let i = 0; i + entry.length <= tokens.length; i++) {
      const ok = entry.every((w, j) => (j === 0 ? variants(tokens[i + j]!).includes(w) : tokens[i + j] === w));
      if (ok) return entry.join(" ");
    }
  }
  return null;
}

/** Normalised words joined by single spaces: two texts that read the same share one key. */
export function textKey(text: string): string {
  return words(text).join(" ");
}
