import "server-only";
import { db } from "@/lib/db";
import { cardSelect, toCard, type ArticleCard } from "@/lib/articles/select";
import { publicWhere } from "@/lib/articles/visibility";
import { buildMatch, queryTerms } from "./query";
import { BM25_WEIGHTS, rerank, type Candidate } from "./rank";
import type { SearchRow } from "./text";

export const SEARCH_PAGE_SIZE = 20;
/** How many bm25 candidates the second stage re-orders (the first 10 pages). */
const CANDIDATES = 200;

export type SearchResults = { terms: string[]; items: ArticleCard[]; page: number; pages: number; total: number };

/**
 * Published pieces matching every term of the reader's query, best first.
 * Returns null when the query has no searchable word (empty, punctuation only).
 */
export async function searchArticles(input: string, page = 1): Promise<SearchResults | null> {
  const terms = queryTerms(input);
  const match = buildMatch(input);
  if (!match || !terms.length) return null;
  const [{ n }] = await db.$queryRawUnsafe<[{ n: number | bigint }]>(`SELECT COUNT(*) AS n FROM ArticleSearch WHERE ArticleSearch MATCH ?`, match);
  const total = Number(n);
  const pages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  if (total === 0 || offset >= total) return { terms, items: [], page, pages, total };

  const ids = offset + SEARCH_PAGE_SIZE <= CANDIDATES ? await firstPages(match, terms, offset) : await laterPages(match, offset);
  const rows = await db.article.findMany({ where: { id: { in: ids }, ...publicWhere() }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  // The index holds only public pieces; the filter above guards the rare race anyway.
  const items = ids.map((id) => byId.get(id)).filter((c): c is ArticleCard => !!c);
  return { terms, items, page, pages, total };
}

async function firstPages(match: string, terms: string[], offset: number): Promise<number[]> {
  const top = await db.$queryRawUnsafe<{ id: number | bigint; score: number }[]>(
    `SELECT rowid AS id, bm25(ArticleSearch, ${BM25_WEIGHTS}) AS score FROM ArticleSearch WHERE ArticleSearch MATCH ? ORDER BY score LIMIT ${CANDIDATES}`,
    match,
  );
  if (!top.length) return [];
  const ids = top.map((t) => Number(t.id));
  const marks = ids.map(() => "?").join(",");
  const [texts, dates] = await Promise.all([
    db.$queryRawUnsafe<(SearchRow & { id: number | bigint })[]>(
      `SELECT rowid AS id, title, kicker, excerpt, body, tags, bylines FROM ArticleSearch WHERE rowid IN (${marks})`,
      ...ids,
    ),
    db.article.findMany({ where: { id: { in: ids } }, select: { id: true, publishedAt: true } }),
  ]);
  const textById = new Map(texts.map((t) => [Number(t.id), t]));
  const dateById = new Map(dates.map((d) => [d.id, d.publishedAt?.getTime() ?? 0]));
  const candidates: Candidate[] = top.flatMap((t) => {
    const row = textById.get(Number(t.id));
    return row ? [{ id: Number(t.id), bm25: t.score, publishedAt: dateById.get(Number(t.id)) ?? 0, row }] : [];
  });
  return rerank(candidates, terms).slice(offset, offset + SEARCH_PAGE_SIZE);
}

/** Deep pages (rarely visited) follow bm25 alone, then recency. */
async function laterPages(match: string, offset: number): Promise<number[]> {
  const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT s.rowid AS id FROM ArticleSearch s JOIN Article a ON a.id = s.rowid WHERE ArticleSearch MATCH ?
     ORDER BY bm25(ArticleSearch, ${BM25_WEIGHTS}), a.publishedAt DESC LIMIT ${SEARCH_PAGE_SIZE} OFFSET ?`,
    match,
    offset,
  );
  return rows.map((r) => Number(r.id));
}

