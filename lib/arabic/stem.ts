// Light stemming after Lucene's ArabicStemmer (Larkey, Ballesteros & Connell, "light8"):
// strip one definite-article/conjunction prefix, then the common suffixes, never leaving
// fewer than 2 letters. Input must already be normalised (normalizeArabic), so ة is ه.

// Order matters: the first prefix that fits is removed (as in Lucene). Lucene's list, with
// the article after a conjunction AND a preposition in front ("وبالأسعار", "فللجنة"), which
// light8 leaves whole: the article is unambiguous, so every form with it reaches one stem.
// Prepositions without the article (بأسعار, لأسعار) are NOT stripped here: "بطاقة" is not
// "طاقة". The query side reaches them instead (lib/search/terms.ts, decision 165).
export const STEM_PREFIXES: readonly string[] = ["وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "ال", "وال", "بال", "كال", "فال", "لل", "و"];
// Lucene: ha, an, at, wn, yn, yh, yp, h, p, y; after normalisation p (ة) is h (ه).
export const STEM_SUFFIXES: readonly string[] = ["ها", "ان", "ات", "ون", "ين", "يه", "يه", "ه", "ه", "ي"];

/** The word without the first prefix that fits (the stemmer's first step). */
export function stemPrefix(word: string): string {
  for (const p of STEM_PREFIXES) {
    // A lone و only when the word has at least 4 letters ("ورد" stays "ورد").
    if (p.length === 1 && word.length < 4) continue;
    if (word.length < p.length + 2) continue;
    if (word.startsWith(p)) return word.slice(p.length);
  }
  return word;
}

function stemSuffix(word: string): string {
  let w = word;
  // Each suffix is tried once, in order, on what is left (Lucene's loop).
  for (const s of STEM_SUFFIXES) {
    if (w.length >= s.length + 2 && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}

/** Stem of one normalised word. Non-Arabic words come back unchanged. */
export function stemArabic(word: string): string {
  if (!/[\u0621-\u064A]/.test(word)) return word;
  return stemSuffix(stemPrefix(word));
}
