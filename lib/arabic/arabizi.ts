// Arabizi: Arabic written with Latin letters and digits as letters (7 ح، 3 ع، 2 ء، 5 خ،
// 6 ط، 9 ق، 8 غ). Two uses in the comment filters (docs/decisions/040):
//  - digits inside an Arabic word are read as letters ("7مار" is "حمار");
//  - a Latin or mixed word is compared with each listed Arabic word: first by a coarse
//    consonant skeleton (a map lookup), then by a pattern that also checks the vowels,
//    so "7mar" and "himar" match a listed "حمار" but "homer" and "humor" do not.

export const DIGIT_LETTERS: Record<string, string> = { "2": "ء", "3": "ع", "5": "خ", "6": "ط", "7": "ح", "8": "غ", "9": "ق" };

const ARABIC = /[\u0621-\u064A]/;
const LATIN = /[a-z]/;
const DIGIT = /[0-9]/;

export const hasArabic = (s: string) => ARABIC.test(s);
export const hasLatin = (s: string) => LATIN.test(s);
export const hasDigit = (s: string) => DIGIT.test(s);

/** An Arabic word with digits in it, read two ways: digits as letters, digits dropped. */
export function arabicDigitReadings(word: string): string[] {
  return [word.replace(/[0-9]/g, (d) => DIGIT_LETTERS[d] ?? ""), word.replace(/[0-9]/g, "")];
}

// Per Arabic letter: its skeleton class ("" for letters Latin spellings write as vowels or
// leave out), the Latin spellings it is written with, and one of them for mixed words.
type Spelling = { cls: string; re: string; canon: string };
const SPELLINGS: Record<string, Spelling> = {
  ا: { cls: "", re: "a", canon: "a" },
  ب: { cls: "B", re: "(?:b|p)", canon: "b" },
  ت: { cls: "T", re: "(?:t|6)", canon: "t" },
  ث: { cls: "T", re: "(?:th|t)", canon: "th" },
  ج: { cls: "J", re: "(?:j|g)", canon: "j" },
  ح: { cls: "H", re: "(?:7|h)", canon: "7" },
  خ: { cls: "X", re: "(?:kh|5|x)", canon: "5" },
  د: { cls: "D", re: "d", canon: "d" },
  ذ: { cls: "D", re: "(?:dh|z|d)", canon: "dh" },
  ر: { cls: "R", re: "r", canon: "r" },
  ز: { cls: "D", re: "z", canon: "z" },
  س: { cls: "S", re: "s", canon: "s" },
  ش: { cls: "C", re: "(?:sh|ch)", canon: "sh" },
  ص: { cls: "S", re: "s", canon: "s" },
  ض: { cls: "D", re: "(?:dh|d)", canon: "d" },
  ط: { cls: "T", re: "(?:t|6)", canon: "6" },
  ظ: { cls: "D", re: "(?:dh|z|d)", canon: "dh" },
  ع: { cls: "", re: "(?:3|[aeiou])?", canon: "3" },
  غ: { cls: "J", re: "(?:gh|8|g)", canon: "gh" },
  ف: { cls: "F", re: "(?:f|v)", canon: "f" },
  ق: { cls: "K", re: "(?:q|k|9)", canon: "q" },
  ك: { cls: "K", re: "k", canon: "k" },
  ل: { cls: "L", re: "l", canon: "l" },
  م: { cls: "M", re: "m", canon: "m" },
  ن: { cls: "N", re: "n", canon: "n" },
  ه: { cls: "H", re: "h", canon: "h" },
  و: { cls: "", re: "(?:o|u|w|ou)", canon: "w" },
  ي: { cls: "", re: "(?:i|y|e|ei|ey)", canon: "y" },
  ء: { cls: "", re: "2?", canon: "2" },
};

// Latin spellings → skeleton classes, longest first. Letters with no Arabic reading
// (c, and any accented letter) become "?" so they never match.
const LATIN_CLASSES: [string, string][] = [
  ["sh", "C"], ["ch", "C"], ["kh", "X"], ["gh", "J"], ["th", "T"], ["dh", "D"],
  ["b", "B"], ["p", "B"], ["t", "T"], ["6", "T"], ["j", "J"], ["g", "J"], ["8", "J"], ["7", "H"], ["h", "H"],
  ["5", "X"], ["x", "X"], ["d", "D"], ["z", "D"], ["r", "R"], ["s", "S"], ["f", "F"], ["v", "F"],
  ["q", "K"], ["k", "K"], ["9", "K"], ["l", "L"], ["m", "M"], ["n", "N"],
  ["a", ""], ["e", ""], ["i", ""], ["o", ""], ["u", ""], ["w", ""], ["y", ""], ["2", ""], ["3", ""],
];

// Cyrillic and Greek letters that look like the Latin ones Arabizi uses (lower case: the
// normaliser has lowered the text), after UTS #39 confusables.
const LATIN_LOOKALIKES: Record<string, string> = {
  а: "a", е: "e", о: "o", р: "p", с: "c", у: "y", х: "x", к: "k", м: "m", т: "t", н: "h", в: "b", і: "i", ј: "j", ѕ: "s", һ: "h", ԛ: "q", ԝ: "w", ı: "i",
  α: "a", ε: "e", ο: "o", ρ: "p", κ: "k", τ: "t", ι: "i", ν: "v", χ: "x", μ: "m", η: "n", β: "b", ζ: "z",
};
const NON_ASCII_LETTER = /[^\u0000-\u007F\u0600-\u06FF]/;

/**
 * A word as Latin letters for the Arabizi reading: accents dropped (kálb), Cyrillic and
 * Greek look-alikes replaced (каlb). Other words come back unchanged.
 */
export function latinLetters(word: string): string {
  if (!NON_ASCII_LETTER.test(word)) return word;
  let out = "";
  for (const c of word.normalize("NFD")) {
    if (/\p{M}/u.test(c)) continue;
    out += LATIN_LOOKALIKES[c] ?? c;
  }
  return out;
}

/** Collapses runs of one letter: "kaaalb" → "kalb", "كلللب" → "كلب". */
export function deRepeat(s: string): string {
  return s.replace(/(.)\1+/gu, "$1");
}

const dropFinalH = (s: string) => (s.endsWith("H") ? s.slice(0, -1) : s);

/** Skeleton of a Latin (or Latin-mixed, Arabic letters spelled out) word. */
export function latinSkeleton(latin: string): string {
  let out = "";
  let i = 0;
  outer: while (i < latin.length) {
    for (const [from, cls] of LATIN_CLASSES) {
      if (latin.startsWith(from, i)) {
        out += cls;
        i += from.length;
        continue outer;
      }
    }
    out += "?";
    i++;
  }
  return dropFinalH(out);
}

/** Skeleton of a normalised Arabic word, or null when it has letters Latin cannot spell. */
export function arabicSkeleton(word: string): string | null {
  let out = "";
  for (const c of word) {
    const s = SPELLINGS[c];
    if (!s) return null;
    out += s.cls;
  }
  return dropFinalH(out);
}

const SHORT_VOWELS = "[aeiouy]{0,2}";

/** A pattern matching Latin spellings of a normalised Arabic word (already de-repeated). */
export function latinPattern(word: string): RegExp | null {
  const letters = [...word];
  let re = "";
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i]!;
    const s = SPELLINGS[c];
    if (!s) return null;
    const last = i === letters.length - 1;
    if (c === "ا" && i === 0) re += "[aeiou]?";
    else if (c === "ه" && last) re += "(?:a|ah|eh|e|h|at|et|ha)?";
    else re += s.re;
    if (s.cls) re += SHORT_VOWELS;
  }
  return new RegExp(`^${re}$`);
}

/** A mixed Arabic–Latin word spelled wholly in Latin (Arabic letters by their usual Arabizi). */
export function toLatin(word: string): string {
  let out = "";
  for (const c of word) out += SPELLINGS[c]?.canon ?? c;
  return out;
}

// Latin spellings of the article and its proclitics, peeled like the Arabic ones.
const LATIN_PREFIXES = ["wal", "wel", "wil", "bil", "bel", "fil", "fel", "lil", "lel", "al", "el", "il"];

/** A Latin word and the words left after removing a transliterated article. */
export function latinReadings(latin: string): string[] {
  const w = deRepeat(latin);
  const out = [w];
  for (const p of LATIN_PREFIXES) if (w.startsWith(p) && w.length - p.length >= 3) out.push(w.slice(p.length));
  return out;
}
