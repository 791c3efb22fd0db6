// Reader input → a safe FTS5 MATCH expression. Every token is analysed like the index
// (normalise + stem) and quoted as an FTS5 string, so operators typed by readers
// (AND, OR, NOT, NEAR, *, ^, :, parentheses, quotes) are plain words or vanish.
import { words } from "../arabic/normalize";
import { stemArabic } from "../arabic/stem";
import { ARABIC_STOPWORDS } from "../arabic/stopwords";

export const MAX_QUERY_TOKENS = 12;
export const MAX_TOKEN_LENGTH = 64;
/** Readers may paste a paragraph; we only ever look at the beginning. */
export const MAX_QUERY_CHARS = 1000;

/**
 * Distinct analysed terms of a query, capped in number and length. Function words
 * ("في", "من"…) are dropped unless the query has nothing else.
 */
export function queryTerms(input: string | null | undefined): string[] {
  if (!input) return [];
  const all = words(input.slice(0, MAX_QUERY_CHARS));
  const content = all.filter((w) => !ARABIC_STOPWORDS.has(w));
  const seen = new Set<string>();
  for (const t of (content.length ? content : all).map(stemArabic)) {
    if (seen.size >= MAX_QUERY_TOKENS) break;
    seen.add(t.slice(0, MAX_TOKEN_LENGTH));
  }
  return [...seen];
}

/** An FTS5 string literal: double quotes, internal quotes doubled. */
export function quoteFts(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** The MATCH expression (implicit AND of quoted terms), or null when there is nothing to search. */
export function buildMatch(input: string | null | undefined): string | null {
  const t = queryTerms(input);
  return t.length ? t.map(quoteFts).join(" ") : null;
}
