// Second-stage ranking of the best FTS5 candidates (docs/decisions/011-search-ranking.md).
// FTS5's bm25 normalises by column length, which buries long in-depth pieces under
// short briefs that mention a subject once. Newsroom search wants the opposite, so the
// top candidates are re-ordered by how often the query's terms occur, weighted by
// column; bm25 breaks ties, then recency (newest first).
import { SEARCH_COLUMNS, type SearchRow } from "./text";

export const COLUMN_WEIGHTS: Record<keyof SearchRow, number> = { title: 2, kicker: 2, excerpt: 1, body: 1, tags: 2, bylines: 1 };
/** bm25() weights in SEARCH_COLUMNS order, for the first stage. */
export const BM25_WEIGHTS = SEARCH_COLUMNS.map((c) => COLUMN_WEIGHTS[c]).join(", ");

export type Candidate = { id: number; bm25: number; publishedAt: number; row: SearchRow };

/** Occurrences of one term in one column count up to this many (limits long-piece bias). */
export const MAX_HITS_PER_TERM = 3;

/** Weighted number of query-term occurrences in an analysed row. */
export function termHits(row: SearchRow, terms: string[]): number {
  let score = 0;
  for (const c of SEARCH_COLUMNS) {
    const text = row[c];
    if (!text) continue;
    const counts = new Map<string, number>(terms.map((t) => [t, 0]));
    for (const w of text.split(" ")) {
      const n = counts.get(w);
      if (n !== undefined) counts.set(w, n + 1);
    }
    for (const n of counts.values()) score += Math.min(n, MAX_HITS_PER_TERM) * COLUMN_WEIGHTS[c];
  }
  return score;
}

export function rerank(candidates: Candidate[], terms: string[]): number[] {
  return candidates
    .map((c) => ({ ...c, hits: termHits(c.row, terms) }))
    .sort((a, b) => b.hits - a.hits || a.bm25 - b.bm25 || b.publishedAt - a.publishedAt || b.id - a.id)
    .map((c) => c.id);
}
