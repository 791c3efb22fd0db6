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

const MARK = /\p{M}/u;
const markKind = new Uint8Array(0x10000); // 0 not yet known, 1 combining mark, 2 anything else
function isMark(cp: number): boolean {
  if (cp >= 0x10000) return MARK.test(String.fromCodePoint(cp));
  let k = markKind[cp]!;
  if (k === 0) markKind[cp] = k = MARK.test(String.fromCharCode(cp)) ? 1 : 2;
  return k === 1;
}

// The common case, one UTF-16 unit with no marks after it, from a table.
const units: (string | undefined)[] = new Array(0x10000);
function foldUnit(cp: number): string {
  return (units[cp] ??= foldCluster(String.fromCharCode(cp)));
}

/**
 * Walks the input one cluster (a character and the combining marks after it) at a time,
 * calling emit(folded, start, end) for each. The two public functions share it, so the
 * search's text and the filters' text are one normalisation.
 */
function eachCluster(input: string, emit: (folded: string, start: number, end: number) => void) {
  const n = input.length;
  let i = 0;
  while (i < n) {
    const cp = input.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n) {
      const next = input.codePointAt(j)!;
      if (!isMark(next)) break;
      j += next > 0xffff ? 2 : 1;
    }
    emit(j === i + 1 ? foldUnit(cp) : foldCluster(input.slice(i, j)), i, j);
    i = j;
  }
}

// The same steps over a whole string at once, for long texts (the search index reads
// every article): native NFKC and a few regular expressions instead of a walk. A test
// checks that both ways give the same text on every case and the whole filter corpus.
const INVISIBLE_OR_DROPPED = new RegExp(`[\\p{Cf}\\p{Default_Ignorable_Code_Point}\\p{M}${DROPPED}]`, "gu");
const CONFUSABLE = new RegExp(`[${[...CONFUSABLES.keys()].join("")}]`, "gu");
const HAMZA_BEFORE_ALEF = /\u0621(?=\u0627)/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Folds letter variants and strips marks. Keeps spaces and punctuation. */
export function normalizeArabic(input: string): string {
  return input
    .normalize("NFKC")
    .toLowerCase()
    .replace(INVISIBLE_OR_DROPPED, "")
    .replace(CONFUSABLE, (c) => CONFUSABLES.get(c)!)
    .replace(HAMZA_BEFORE_ALEF, "")
    .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)));
}

export type Normalized = {
  text: string;
  /** For each UTF-16 unit of `text`, where its source cluster starts and ends in the input. */
  from: number[];
  to: number[];
};

/** normalizeArabic with a map back to the input, so a match can be shown as it was typed. */
export function normalizeWithMap(input: string): Normalized {
  const from: number[] = [];
  const to: number[] = [];
  // Pieces are joined once at the end: slicing a growing string would copy it each time.
  const parts: string[] = [];
  let lastHamza = false;
  eachCluster(input, (folded, start, end) => {
    if (folded.length === 0) return;
    // A hamza on the line just before an alef is that alef's hamza: ءا reads أ/آ.
    if (lastHamza && folded.charCodeAt(0) === 0x0627) {
      const prev = parts.pop()!;
      parts.push(prev.slice(0, -1));
      from.pop();
      to.pop();
    }
    lastHamza = folded.charCodeAt(folded.length - 1) === 0x0621;
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) {
      from.push(start);
      to.push(end);
    }
  });
  return { text: parts.join(""), from, to };
}

/** Splits normalised text into words (letters and digits of any script). */
export function words(input: string): string[] {
  return normalizeArabic(input).match(/[\p{L}\p{N}]+/gu) ?? [];
}
