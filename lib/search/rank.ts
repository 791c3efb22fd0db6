// How search orders its candidates (docs/decisions/165-search-ranking.md). A score in
// points from the analysed columns the index already stores, computed here in TypeScript so
// that SQLite and PostgreSQL — whose own scores (bm25, ts_rank) differ — give the very same
// order (lib/search/contract.test.ts). In short:
//   • a title holding every query word outranks anything that only mentions them elsewhere
//     (TITLE_ALL is larger than every other feature together can reach);
//   • the words as a phrase, or close together, outrank the same words scattered;
//   • tags (the desk's own topics), bylines, then the body: does it hold every word, as a
//     phrase, how close, how often (each word counted at most 3 times, so length cannot win);
//   • equal scores: the newer piece first, then the higher id.
import type { TermGroup } from "./query";
import { termMatcher, type TermMatcher } from "./query";

/** The analysed columns of a candidate, as stored in ArticleSearch (terms joined by spaces). */
export type Candidate = {
  id: number;
  publishedAt: Date;
  title: string;
  kicker: string;
  excerpt: string;
  body: string;
  tags: string;
  bylines: string;
};

export const POINTS = {
  /** Every query word in the title. */
  titleAll: 1000,
  /** …as the reader's phrase; or, if not, less the further apart they stand. */
  titlePhrase: 200,
  titleNear: 100,
  /** Some but not all query words in the title: this share of it. */
  titleSome: 300,
  /** The desk's tags and the kicker: share of the words found there. */
  tags: 150,
  /** Author names and dateline: every word there (a search for a writer; a dateline's city says little). */
  bylinesAll: 60,
  bylinesSome: 20,
  /** Body and excerpt: share of the words found, the phrase (once, each repeat), nearness, frequency. */
  bodySome: 100,
  bodyPhrase: 120,
  bodyPhraseRepeat: 20,
  bodyNear: 80,
  bodyFrequency: 10,
} as const;
/** A word counts at most this many times in the body (long pieces cannot win by length). */
export const MAX_HITS_PER_TERM = 3;
/** Only this much of the analysed body is read for nearness and counts (≈1,500 words). */
export const BODY_CHARS = 12_000;

type Hits = { present: number; positions: number[][] };

/** Where each query word occurs in a column (by word position). */
function hitsOf(column: string, match: TermMatcher, n: number): Hits {
  const positions: number[][] = Array.from({ length: n }, () => []);
  if (column) {
    const words = column.split(" ");
    for (let i = 0; i < words.length; i++) {
      const g = match(words[i]!);
      if (g >= 0) positions[g]!.push(i);
    }
  }
  return { present: positions.filter((p) => p.length > 0).length, positions };
}

/** Times the query words occur in order, each right after the previous (needs every word present). */
function phraseCount(positions: number[][]): number {
  if (positions.length < 2) return 0;
  const rest = positions.slice(1).map((p) => new Set(p));
  let n = 0;
  for (const start of positions[0]!) if (rest.every((set, k) => set.has(start + k + 1))) n++;
  return n;
}

/** The fewest consecutive words that hold every query word (Infinity if one is missing). */
function shortestSpan(positions: number[][]): number {
  if (positions.some((p) => p.length === 0)) return Infinity;
  const events = positions.flatMap((p, g) => p.map((pos) => [pos, g] as const)).sort((a, b) => a[0] - b[0]);
  const have = new Array<number>(positions.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let lo = 0;
  for (let hi = 0; hi < events.length; hi++) {
    if (have[events[hi]![1]]!++ === 0) covered++;
    while (covered === positions.length) {
      best = Math.min(best, events[hi]![0] - events[lo]![0] + 1);
      if (--have[events[lo]![1]]! === 0) covered--;
      lo++;
    }
  }
  return best;
}

/** The score of one candidate for these query words (integer points; higher is better). */
export function scoreCandidate(c: Candidate, groups: TermGroup[], match: TermMatcher = termMatcher(groups)): number {
  const n = groups.length;
  if (n === 0) return 0;
  let score = 0;

  const title = hitsOf(c.title, match, n);
  if (title.present === n) {
    score += POINTS.titleAll;
    if (n > 1) {
      if (phraseCount(title.positions) > 0) score += POINTS.titlePhrase;
      else score += Math.max(0, POINTS.titleNear - 20 * (shortestSpan(title.positions) - n));
    }
  } else score += Math.floor((POINTS.titleSome * title.present) / n);

  const tags = hitsOf(`${c.tags} ${c.kicker}`.trim(), match, n);
  score += Math.floor((POINTS.tags * tags.present) / n);

  const bylines = hitsOf(c.bylines, match, n);
  score += bylines.present === n ? POINTS.bylinesAll : Math.floor((POINTS.bylinesSome * bylines.present) / n);

  const body = hitsOf((c.body || c.excerpt).slice(0, BODY_CHARS), match, n);
  const excerpt = c.body ? hitsOf(c.excerpt, match, n) : body;
  const present = body.positions.filter((p, g) => p.length > 0 || excerpt.positions[g]!.length > 0).length;
  score += Math.floor((POINTS.bodySome * present) / n);
  if (n > 1 && body.present === n) {
    const phrases = phraseCount(body.positions);
    if (phrases > 0) score += POINTS.bodyPhrase + POINTS.bodyPhraseRepeat * (Math.min(MAX_HITS_PER_TERM, phrases) - 1);
    else score += Math.max(0, POINTS.bodyNear - 10 * (shortestSpan(body.positions) - n));
  }
  const frequency = body.positions.reduce((sum, p) => sum + Math.min(MAX_HITS_PER_TERM, p.length), 0);
  score += Math.floor((POINTS.bodyFrequency * frequency) / n);
  return score;
}

/** Candidates best first: score, then the newer, then the higher id. */
export function rankCandidates(candidates: Candidate[], groups: TermGroup[]): { id: number; score: number }[] {
  const match = termMatcher(groups);
  return candidates
    .map((c) => ({ id: c.id, at: c.publishedAt.getTime(), score: scoreCandidate(c, groups, match) }))
    .sort((a, b) => b.score - a.score || b.at - a.at || b.id - a.id)
    .map(({ id, score }) => ({ id, score }));
}
