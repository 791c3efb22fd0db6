// Reader input → the term groups every part of search works from (decision 165). Each word
// is analysed like the index (normalise + stem). Its group holds that stem plus the forms
// with a one-letter preposition or conjunction attached (ب، ل، ك، ف), which the stemmer
// keeps whole because "بطاقة" is not "طاقة": so «اسعار» finds "بأسعار" while the index stays
// as it is. The MATCH (sql.ts), the ranking (rank.ts), the snippets (snippet.ts) and the
// highlighter (highlight.ts) all decide "does this word match" through these groups, so
// what is marked is exactly what was found. Terms are quoted as FTS5 strings, so operators
// typed by readers (AND, OR, NOT, NEAR, *, ^, :, parentheses, quotes) are plain words or vanish.
import { words } from "../arabic/normalize";
import { stemArabic, stemPrefix } from "../arabic/stem";
import { ARABIC_STOPWORDS } from "../arabic/stopwords";

export const MAX_QUERY_TOKENS = 12;
export const MAX_TOKEN_LENGTH = 64;
/** Readers may paste a paragraph; we only ever look at the beginning. */
export const MAX_QUERY_CHARS = 1000;

/** One query word: `terms[0]` is its own stem, the rest the clitic forms that also count. */
export type TermGroup = { word: string; terms: string[] };

/** Prepositions and conjunctions written joined to the next word (without the article). */
export const CLITICS = ["ب", "ل", "ك", "ف"] as const;
/**
 * Clitic forms only for words this long: shorter ones collide with whole words ("ساد"/"فساد",
 * "جنة"/"لجنة"). A stem of MIN_CLITIC_STEM letters will do, or a word (without its article)
 * of MIN_CLITIC_CORE letters whose stem is shorter ("ركلات" → "بركلات"), but not "طاقة",
 * whose stem "طاق" would find "بطاقة" for «الطاقة».
 */
export const MIN_CLITIC_STEM = 4;
export const MIN_CLITIC_CORE = 5;

const ARABIC = /[\u0621-\u064A]/;
const cut = (t: string) => t.slice(0, MAX_TOKEN_LENGTH);
const letters = (t: string) => [...t].length;

/** A normalised word's stem and its clitic forms, each exactly as the index stores it. */
function formsOf(word: string): string[] {
  const out = new Set<string>();
  const cliticsFit = (w: string) => ARABIC.test(w) && (letters(stemArabic(w)) >= MIN_CLITIC_STEM || letters(stemPrefix(w)) >= MIN_CLITIC_CORE);
  const add = (w: string) => {
    out.add(cut(stemArabic(w)));
    if (!cliticsFit(w)) return;
    // The index holds stemArabic(clitic + word): built the same way, suffixes included.
    const core = stemPrefix(w);
    for (const c of CLITICS) out.add(cut(stemArabic(c + core)));
  };
  add(word);
  // A query word that starts with a clitic ("بأسعار") also finds the bare word ("أسعار").
  if (stemPrefix(word) === word && (CLITICS as readonly string[]).includes(word[0]!) && cliticsFit(word.slice(1))) add(word.slice(1));
  return [...out];
}

/**
 * The groups of a query, in the reader's order, one per distinct stem, capped in number
 * and length. Function words ("في", "من"…) are dropped unless the query has nothing else.
 */
export function queryGroups(input: string | null | undefined): TermGroup[] {
  if (!input) return [];
  const all = words(input.slice(0, MAX_QUERY_CHARS));
  const content = all.filter((w) => !ARABIC_STOPWORDS.has(w));
  const out: TermGroup[] = [];
  const seen = new Set<string>();
  for (const w of content.length ? content : all) {
    if (out.length >= MAX_QUERY_TOKENS) break;
    const stem = cut(stemArabic(w));
    if (seen.has(stem)) continue;
    seen.add(stem);
    out.push({ word: w, terms: formsOf(w) });
  }
  return out;
}

/** The stem of each query word (the first term of each group). */
export function queryTerms(input: string | null | undefined): string[] {
  return queryGroups(input).map((g) => g.terms[0]!);
}

/** Which query word an indexed term belongs to (-1: none; the first word when two share a form). */
export type TermMatcher = (term: string) => number;

export function termMatcher(groups: TermGroup[]): TermMatcher {
  const map = new Map<string, number>();
  groups.forEach((g, i) => g.terms.forEach((t) => map.has(t) || map.set(t, i)));
  return (term) => map.get(term) ?? -1;
}

/** An FTS5 string literal: double quotes, internal quotes doubled. */
export function quoteFts(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** FTS5: every group present, any form of each. */
export function ftsMatch(groups: TermGroup[]): string {
  return groups.map((g) => (g.terms.length === 1 ? quoteFts(g.terms[0]!) : `(${g.terms.map(quoteFts).join(" OR ")})`)).join(" AND ");
}

/** The MATCH expression for a reader's input, or null when there is nothing to search. */
export function buildMatch(input: string | null | undefined): string | null {
  const g = queryGroups(input);
  return g.length ? ftsMatch(g) : null;
}
