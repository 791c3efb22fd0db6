// Second-stage ranking of the best FTS5 candidates (docs/decisions/011-search-ranking.md).
// FTS5's bm25 normalises by column length, which buries long in-depth pieces under
// short briefs that mention a subject once. Newsroom search wants the opposite, so the
// top candidates are re-ordered by how often the query's terms occur, weighted by
// column (each term counted at most MAX_HITS_PER_TERM times per column); bm25 breaks
// ties, then recency (newest first). It all runs inside SQLite: one round trip.
import { SEARCH_COLUMNS, type SearchRow } from "./text";

export const COLUMN_WEIGHTS: Record<keyof SearchRow, number> = { title: 2, kicker: 2, excerpt: 1, body: 1, tags: 2, bylines: 1 };
/** bm25() weights in SEARCH_COLUMNS order, for the first stage. */
export const BM25_WEIGHTS = SEARCH_COLUMNS.map((c) => COLUMN_WEIGHTS[c]).join(", ");
/** Occurrences of one term in one column count up to this many (limits long-piece bias). */
export const MAX_HITS_PER_TERM = 3;

/**
 * SQL for the weighted, capped term count of row alias `s`. Columns hold analysed words
 * separated by single spaces; doubling the spaces makes " term " occurrences disjoint,
 * so (length before − length after removing them) / length(" term ") counts them all.
 */
export function hitsSql(terms: string[]): { expr: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  for (const c of SEARCH_COLUMNS) {
    const padded = `(' ' || replace(s.${c}, ' ', '  ') || ' ')`;
    for (const t of terms) {
      parts.push(`${COLUMN_WEIGHTS[c]} * min(${MAX_HITS_PER_TERM}, (length(${padded}) - length(replace(${padded}, ?, ''))) / ${[...t].length + 2})`);
      params.push(` ${t} `);
    }
  }
  return { expr: parts.length ? parts.join(" + ") : "0", params };
}

/**
 * One page (LIMIT/OFFSET) of the best `candidates` bm25 matches, re-ordered.
 * Parameters, in order: MATCH expression, lowest rowid, ...hits params, offset.
 */
export function rerankedPageSql(terms: string[], candidates: number, pageSize: number): { sql: string; hitParams: string[] } {
  const hits = hitsSql(terms);
  const sql = `WITH top AS (
      SELECT rowid AS id, bm25(ArticleSearch, ${BM25_WEIGHTS}) AS score FROM ArticleSearch
      WHERE ArticleSearch MATCH ? AND rowid >= ? ORDER BY score, rowid DESC LIMIT ${candidates}
    )
    SELECT top.id AS id, ${hits.expr} AS hits FROM top
      JOIN ArticleSearch s ON s.rowid = top.id
      JOIN Article a ON a.id = top.id
    ORDER BY hits DESC, top.score, a.publishedAt DESC, top.id DESC
    LIMIT ${pageSize} OFFSET ?`;
  return { sql, hitParams: hits.params };
}
