// The passage of a body shown under a search hit: about SNIPPET_WORDS words around the
// densest cluster of matched words, with those words marked (docs/decisions/165). The words
// are matched by the same groups as the search (highlight.ts → query.ts), so a piece found
// by its body always shows why. Plain text in, segments out: nothing from a body is ever
// rendered as HTML.
import { groupOfWord, highlight, WORD, type Segment } from "./highlight";
import { termMatcher, type TermGroup } from "./query";

export const SNIPPET_WORDS = 30;
/** Only the first words of a long body are searched for the passage (bounded cost). */
export const SNIPPET_SCAN_WORDS = 3000;

/** Where the punctuation carried along with the edge words stops. */
const EDGE_STOP = /[\s\p{L}\p{N}]/u;

type Word = { start: number; end: number; group: number };

/** The marked passage, or null when no word of the body matches. */
export function snippet(body: string, groups: TermGroup[], size = SNIPPET_WORDS): Segment[] | null {
  if (!body || !groups.length) return null;
  const match = termMatcher(groups);
  const words: Word[] = [];
  for (const m of body.matchAll(WORD)) {
    words.push({ start: m.index, end: m.index + m[0].length, group: groupOfWord(m[0], match) });
    if (words.length >= SNIPPET_SCAN_WORDS) break;
  }
  if (!words.some((w) => w.group >= 0)) return null;

  // The window of `size` words with the most distinct query words, then the most matches;
  // the first such window wins.
  const seen = new Array<number>(groups.length).fill(0);
  let distinct = 0;
  let hits = 0;
  let best = { start: 0, distinct: -1, hits: -1 };
  for (let i = 0; i < words.length; i++) {
    const g = words[i]!.group;
    if (g >= 0) {
      hits++;
      if (seen[g]!++ === 0) distinct++;
    }
    const out = i - size;
    if (out >= 0) {
      const h = words[out]!.group;
      if (h >= 0) {
        hits--;
        if (--seen[h]! === 0) distinct--;
      }
    }
    const start = Math.max(0, i - size + 1);
    if (distinct > best.distinct || (distinct === best.distinct && hits > best.hits)) best = { start, distinct, hits };
  }
  // Centre the passage on the matches inside the best window.
  const inWindow = words.slice(best.start, best.start + size).map((w, k) => (w.group >= 0 ? best.start + k : -1)).filter((k) => k >= 0);
  const centre = Math.floor((inWindow[0]! + inWindow[inWindow.length - 1]!) / 2);
  const first = Math.max(0, Math.min(centre - Math.floor(size / 2), words.length - size));
  const last = Math.min(words.length, first + size) - 1;

  // Punctuation touching the edge words (quotes, commas, the final stop) comes along.
  let from = words[first]!.start;
  while (from > 0 && !EDGE_STOP.test(body[from - 1]!)) from--;
  let to = words[last]!.end;
  while (to < body.length && !EDGE_STOP.test(body[to]!)) to++;
  const text = body.slice(from, to).replace(/\s+/g, " ");
  const before = first > 0 ? "… " : "";
  const after = last < words.length - 1 || /[\p{L}\p{N}]/u.test(body.slice(to)) ? " …" : "";
  return highlight(`${before}${text}${after}`, groups, match);
}
