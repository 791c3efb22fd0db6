import { CONFUSABLES, DROPPED } from "./confusables";

// One Arabic normaliser for search, comment filters, name blocks and slugs: readers type
// the same word with or without vowel marks, tatweel, any alef or hamza form, ة/ه, ى/ي,
// Persian or Urdu letters, presentation forms, invisible characters and any digits.
// Steps, for each base character with its combining marks (docs/decisions/040):
//   1. NFKC: presentation forms (ﻛﻠﺐ, ﻻ), Arabic mathematical letters, full-width Latin
//      and compatibility spaces become ordinary characters; ا + ٔ composes to أ.
//   2. lower case (Latin).
//   3. drop every character of the invisible class: format characters (\p{Cf}: ZWJ,
//      ZWNJ, the Arabic letter mark, bidi marks, soft hyphen, BOM, tags…), every
//      default-ignorable code point (variation selectors, combining grapheme joiner,
//      Hangul fillers…) and every combining mark left after composition (harakat,
//      Quranic marks, marks of other scripts put on Arabic letters).
//   4. drop tatweel and the signs that carry no letter of their own (confusables.ts);
//      a hamza on the line right before an alef is that alef's hamza (ءا → ا).
//   5. fold look-alike letters and hamza seats to the Arabic letter (confusables.ts).
//   6. Arabic-Indic and Persian digits become 0–9.

const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]/u;
const DROP = new Set(DROPPED);
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

function foldChar(c: string): string {
  if (INVISIBLE.test(c) || DROP.has(c)) return "";
  const mapped = CONFUSABLES.get(c);
  if (mapped) return mapped;
  const code = c.codePointAt(0)!;
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return c;
}

// Clusters repeat endlessly in real text: fold each distinct one once. Bounded so that a
// flood of distinct mark combinations cannot grow it without limit.
const cache = new Map<string, string>();
const CACHE_MAX = 50_000;

function foldCluster(cluster: string): string {
  const hit = cache.get(cluster);
  if (hit !== undefined) return hit;
  let out = "";
  for (const c of cluster.normalize("NFKC").toLowerCase()) out += foldChar(c);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(cluster, out);
  return out;
}

/** Folds letter variants and strips marks. Keeps spaces and punctuation. */
export function normalizeArabic(input: string): string {
  let out = "";
  for (const m of input.matchAll(CLUSTER)) {
    const folded = foldCluster(m[0]);
    // A hamza on the line just before an alef is that alef's hamza: ءا reads أ/آ.
    if (folded.startsWith("ا") && out.endsWith("ء")) out = out.slice(0, -1);
    out += folded;
  }
  return out;
}

export type Normalized = {
  text: string;
  /** For each UTF-16 unit of `text`, where its source cluster starts and ends in the input. */
  from: Int32Array;
  to: Int32Array;
};

/** normalizeArabic with a map back to the input, so a match can be shown as it was typed. */
export function normalizeWithMap(input: string): Normalized {
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  for (const m of input.matchAll(CLUSTER)) {
    const folded = foldCluster(m[0]);
    if (folded.startsWith("ا") && text.endsWith("ء")) {
      text = text.slice(0, -1);
      from.pop();
      to.pop();
    }
    text += folded;
    for (let i = 0; i < folded.length; i++) {
      from.push(m.index);
      to.push(m.index + m[0].length);
    }
  }
  return { text, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Splits normalised text into words (letters and digits of any script). */
export function words(input: string): string[] {
  return normalizeArabic(input).match(/[\p{L}\p{N}]+/gu) ?? [];
}
