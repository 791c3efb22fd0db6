// Second-stage ranking of the best FTS5 candidates (docs/decisions/011-search-ranking.md).
// FTS5's bm25 normalises by column length, which buries long in-depth pieces under
// short briefs that mention a subject once. Newsroom search wants the opposite, so the
// top candidates are re-ordered by how often the query's terms occur, weighted by
// column (each term counted at most MAX_HITS_PER_TERM times per column); recency breaks
// ties (newest first), then the id. The engine's own score (bm25 on SQLite, ts_rank on
// PostgreSQL) only picks the candidates: the final order is the same on both engines
// (lib/search/contract.test.ts). It all runs inside the database: one round trip.
import { least, type Dialect } from "../sql/dialect";
import { SEARCH_COLUMNS, type SearchRow } from "./text";

export const COLUMN_WEIGHTS: Record<keyof SearchRow, number> = { title: 2, kicker: 2, excerpt: 1, body: 1, tags: 2, bylines: 1 };
/** bm25() weights in SEARCH_COLUMNS order, for the first stage. */
export const BM25_WEIGHTS = SEARCH_COLUMNS.map((c) => COLUMN_WEIGHTS[c]).join(", ");
/** Occurrences of one term in one column count up to this many (limits long-piece bias). */
export const MAX_HITS_PER_TERM = 3;

/**
 * PostgreSQL's ts_rank weights {D, C, B, A}: columns weighted 2 above are stored as A, the
 * others as B (prisma/postgres/migrations/…_search_index), so A counts twice B as in bm25.
 */
export const TS_RANK_WEIGHTS = "{0.1, 0.2, 0.5, 1.0}";

/**
 * SQL for the weighted, capped term count of row alias `s`. Columns hold analysed words
 * separated by single spaces; doubling the spaces makes " term " occurrences disjoint,
 * so (length before − length after removing them) / length(" term ") counts them all.
 * The same arithmetic on both engines (integer division), so both rank alike.
 */
export function hitsSql(terms: string[], dialect: Dialect = "sqlite"): { expr: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  for (const c of SEARCH_COLUMNS) {
    const padded = `(' ' || replace(s."${c}", ' ', '  ') || ' ')`;
    for (const t of terms) {
      parts.push(`${COLUMN_WEIGHTS[c]} * ${least(String(MAX_HITS_PER_TERM), `(length(${padded}) - length(replace(${padded}, ?, ''))) / ${[...t].length + 2}`, dialect)}`);
      params.push(` ${t} `);
    }
  }
  return { expr: parts.length ? parts.join(" + ") : "0", params };
}
