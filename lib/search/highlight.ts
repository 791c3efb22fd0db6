// Marks the words of a title or excerpt that match the query. Matching compares
// analysed terms (normalised + stemmed), so "الإطـار" in a title lights up for "الاطار".
// Returns plain segments; components render them as text and <mark> (React escapes).
import { terms } from "./analyze";

export type Segment = { text: string; mark: boolean };

// A written word with its vowel marks, tatweel and invisible joiners kept together.
const WORD = /[\p{L}\p{M}\p{N}\u0640\u200B-\u200F]+/gu;

export function highlight(text: string, queryTerms: Iterable<string>): Segment[] {
  const wanted = new Set(queryTerms);
  const out: Segment[] = [];
  let last = 0;
  const push = (s: string, mark: boolean) => {
    if (!s) return;
    const prev = out[out.length - 1];
    if (prev && prev.mark === mark) prev.text += s;
    else out.push({ text: s, mark });
  };
  for (const m of text.matchAll(WORD)) {
    const hit = wanted.size > 0 && terms(m[0]).some((t) => wanted.has(t));
    push(text.slice(last, m.index), false);
    push(m[0], hit);
    last = m.index + m[0].length;
  }
  push(text.slice(last), false);
  return out;
}
