// Marks the words of a title, excerpt or snippet that match the query. A written word is
// marked when one of its analysed terms (normalised + stemmed, exactly as the index stores
// it) belongs to a query word's group (query.ts): the same test that made the piece match,
// so "بأسعار" lights up for «اسعار» and "الإطـار" for «الاطار», and nothing is marked that
// the index would not have matched. Returns plain segments; components render them as text
// and <mark> (React escapes every piece: a body's "<b>" stays text).
import { terms } from "./analyze";
import { termMatcher, type TermGroup, type TermMatcher } from "./query";

export type Segment = { text: string; mark: boolean };

// A written word with its vowel marks, tatweel and invisible joiners kept together.
export const WORD = /[\p{L}\p{M}\p{N}\u0640\u200B-\u200F]+/gu;

// Written words repeat endlessly in bodies: analyse each distinct one once. Bounded.
const analysed = new Map<string, string[]>();
const ANALYSED_MAX = 50_000;

/** The analysed terms of one written word (usually one; "لـ(المدى)" style joins give more). */
export function wordTerms(word: string): string[] {
  let t = analysed.get(word);
  if (t === undefined) {
    t = terms(word);
    if (analysed.size >= ANALYSED_MAX) analysed.clear();
    analysed.set(word, t);
  }
  return t;
}

/** The query word a written word matches (its group index), or -1. */
export function groupOfWord(word: string, match: TermMatcher): number {
  for (const t of wordTerms(word)) {
    const g = match(t);
    if (g >= 0) return g;
  }
  return -1;
}

export function highlight(text: string, groups: TermGroup[], match: TermMatcher = termMatcher(groups)): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  const push = (s: string, mark: boolean) => {
    if (!s) return;
    const prev = out[out.length - 1];
    if (prev && prev.mark === mark) prev.text += s;
    else out.push({ text: s, mark });
  };
  for (const m of text.matchAll(WORD)) {
    push(text.slice(last, m.index), false);
    push(m[0], groups.length > 0 && groupOfWord(m[0], match) >= 0);
    last = m.index + m[0].length;
  }
  push(text.slice(last), false);
  return out;
}
