// The search itself, given a Prisma client: the app passes lib/db (lib/search/search.ts),
// scripts/bench-search.ts passes its own. No server-only import for that reason.
import type { PrismaClient } from "../generated/prisma/client";
import type { ArticleCard } from "../articles/select";
import { searchCards } from "./cards";
import { queryTerms } from "./query";
import { bind, searchSql, type SearchSql } from "./sql";

// Any client configuration (log levels, omitted fields) will do: only raw SQL is used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SearchDb = Pick<PrismaClient<any, any>, "$queryRawUnsafe">;

export const SEARCH_PAGE_SIZE = 20;
/** How many bm25 candidates the second stage re-orders (the first 3 pages). */
const CANDIDATES = 60;
/**
 * Broad queries (thousands of matches) are ranked among their newest RANK_WINDOW
 * matches (ids grow with time); older matches follow, newest first. This bounds the
 * cost of bm25 (docs/decisions/011-search-ranking.md).
 */
const RANK_WINDOW = 1000;
/** Counting stops here: "أكثر من 10000 نتيجة" is all a reader needs to know. */
export const COUNT_CAP = 10_000;

/** `total` is capped at COUNT_CAP; `more` says there are more matches than that. */
export type SearchResults = { terms: string[]; items: ArticleCard[]; page: number; pages: number; total: number; more: boolean };

type Id = { id: number | bigint };

/**
 * Published pieces matching every term of the reader's query, best first.
 * Returns null when the query has no searchable word (empty, punctuation only).
 */
export async function runSearch(db: SearchDb, input: string, page = 1): Promise<SearchResults | null> {
  const terms = queryTerms(input);
  if (!terms.length) return null;
  const s = searchSql();
  const match = s.match(terms);
  const [{ n }] = await db.$queryRawUnsafe<[{ n: number | bigint }]>(bind(s, s.count(COUNT_CAP)), match);
  const more = Number(n) > COUNT_CAP;
  const total = Math.min(Number(n), COUNT_CAP);
  const pages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  if (total === 0 || offset >= total) return { terms, items: [], page, pages, total, more };

  let floor = 0;
  if (total > RANK_WINDOW) {
    const [edge] = await db.$queryRawUnsafe<Id[]>(bind(s, s.nthNewest(RANK_WINDOW)), match);
    floor = Number(edge!.id);
  }
  const pool = Math.min(total, RANK_WINDOW);
  const ids =
    offset < CANDIDATES
      ? await firstPages(db, s, match, terms, floor, offset)
      : offset < pool
        ? await pageOf(db, s, s.rankedPage(SEARCH_PAGE_SIZE), match, floor, offset)
        : await pageOf(db, s, s.olderPage(SEARCH_PAGE_SIZE), match, floor, offset - pool);
  const byId = new Map((await searchCards(db, ids)).map((c) => [c.id, c]));
  // The index holds only public pieces; searchCards re-checks visibility for the rare race.
  const items = ids.map((id) => byId.get(id)).filter((c): c is ArticleCard => !!c);
  return { terms, items, page, pages, total, more };
}

async function firstPages(db: SearchDb, s: SearchSql, match: string, terms: string[], floor: number, offset: number): Promise<number[]> {
  const { sql, hitParams } = s.reranked(terms, CANDIDATES, SEARCH_PAGE_SIZE);
  const rows = await db.$queryRawUnsafe<Id[]>(bind(s, sql), match, floor, ...hitParams, offset);
  return rows.map((r) => Number(r.id));
}

/** Pages after the re-ranked ones: engine-score order inside the window, newest first below it. */
async function pageOf(db: SearchDb, s: SearchSql, sql: string, match: string, floor: number, offset: number): Promise<number[]> {
  const rows = await db.$queryRawUnsafe<Id[]>(bind(s, sql), match, floor, offset);
  return rows.map((r) => Number(r.id));
}
