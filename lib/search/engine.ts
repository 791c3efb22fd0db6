// The search itself, given a Prisma client: the app passes lib/db (lib/search/search.ts),
// scripts/bench-search.ts and the relevance tests pass their own. No server-only import.
// Steps (docs/decisions/165-search-ranking.md):
//   1. count the matches (every query word, any of its forms; filters applied);
//   2. gather candidates: the newest CANDIDATES (60) matches and, when there are more matches
//      than that, also the newest CANDIDATES with every word in the title and with the words
//      as a phrase — so the best pieces of a broad query are never left out for being older;
//   3. order the candidates in TypeScript (rank.ts); the matches that are not candidates
//      follow, newest first. «الأحدث» instead orders every match by publication time.
//   4. cards for the page, each with a snippet cut from where its body matched (snippet.ts);
//   5. nothing found: a «هل تقصد» suggestion (suggest.ts).
import type { PrismaClient } from "../generated/prisma/client";
import type { ArticleCard } from "../articles/select";
import { dialectOf, type Dialect } from "../sql/dialect";
import { searchCards } from "./cards";
import { highlight, type Segment } from "./highlight";
import { queryGroups, termMatcher, type TermGroup } from "./query";
import { rankCandidates, type Candidate } from "./rank";
import { bind, searchSql, type MatchKind, type SearchSql } from "./sql";
import { snippet } from "./snippet";
import { suggest, type Suggestion } from "./suggest";

// Any client configuration (log levels, omitted fields) will do: only raw SQL is used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SearchDb = Pick<PrismaClient<any, any>, "$queryRawUnsafe">;

export const SEARCH_PAGE_SIZE = 20;
/** How many of the newest matches of each kind (all, title, phrase) are ranked. */
export const CANDIDATES = 60;
/** Counting stops here: "أكثر من 10000 نتيجة" is all a reader needs to know. */
export const COUNT_CAP = 10_000;

export type SearchSort = "relevance" | "newest";
export type SearchFilters = {
  /** Section id (the page resolves the slug). */
  sectionId?: number | null;
  /** Published at or after this instant. */
  from?: Date | null;
  /** Published before this instant. */
  to?: Date | null;
};
export type SearchOptions = SearchFilters & { page?: number; sort?: SearchSort; dialect?: Dialect };

/**
 * A card with the body's matching passage, marked (null: the body did not match), and the
 * names of its tags that match (so a piece found by a tag shows why).
 */
export type SearchHit = ArticleCard & { snippet: Segment[] | null; matchedTags: string[] };

/** `total` is capped at COUNT_CAP; `more` says there are more matches than that. */
export type SearchResults = {
  groups: TermGroup[];
  items: SearchHit[];
  page: number;
  pages: number;
  total: number;
  more: boolean;
  /** Only when nothing matched: a corrected query that finds something. */
  suggestion: Suggestion | null;
};

type Id = { id: number | bigint };
type Query = { db: SearchDb; s: SearchSql; groups: TermGroup[]; filter: string; filterParams: unknown[]; joined: boolean };

/**
 * Published pieces matching every word of the reader's query, best first (or newest first).
 * Returns null when the query has no searchable word (empty, punctuation only).
 */
export async function runSearch(db: SearchDb, input: string, options: SearchOptions = {}): Promise<SearchResults | null> {
  const groups = queryGroups(input);
  if (!groups.length) return null;
  const page = options.page ?? 1;
  const s = searchSql(options.dialect ?? dialectOf());
  const { filter, filterParams } = filterSql(options);
  const q: Query = { db, s, groups, filter, filterParams, joined: filter !== "" };

  const total0 = await count(q, "all");
  const more = total0 > COUNT_CAP;
  const total = Math.min(total0, COUNT_CAP);
  const pages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  if (total === 0 || offset >= total) {
    const suggestion = total === 0 && page === 1 ? await suggest(db, input, groups, (g, filtered) => exists({ ...q, groups: g, ...(filtered ? {} : NO_FILTER) })) : null;
    return { groups, items: [], page, pages, total, more, suggestion };
  }

  const ids = options.sort === "newest" ? await newestPage(q, offset) : await relevancePage(q, total, offset);
  const cards = await searchCards(db, ids, s);
  const byId = new Map(cards.map(({ card }) => [card.id, card]));
  const extra = new Map(cards.map(({ card, bodyText, tags }) => [card.id, { bodyText, tags }]));
  const match = termMatcher(groups);
  // The index holds only public pieces; searchCards re-checks visibility for the rare race.
  const items = ids
    .map((id) => byId.get(id))
    .filter((c): c is ArticleCard => !!c)
    .map((c) => {
      const { bodyText = "", tags = [] } = extra.get(c.id) ?? {};
      return { ...c, snippet: snippet(bodyText, groups), matchedTags: tags.filter((t) => highlight(t, groups, match).some((x) => x.mark)) };
    });
  return { groups, items, page, pages, total, more, suggestion: null };
}

function filterSql(f: SearchFilters): { filter: string; filterParams: unknown[] } {
  const parts: string[] = [];
  const filterParams: unknown[] = [];
  if (f.sectionId != null) {
    parts.push(`a."sectionId" = ?`);
    filterParams.push(f.sectionId);
  }
  if (f.from) {
    parts.push(`a."publishedAt" >= ?`);
    filterParams.push(f.from);
  }
  if (f.to) {
    parts.push(`a."publishedAt" < ?`);
    filterParams.push(f.to);
  }
  return { filter: parts.map((p) => ` AND ${p}`).join(""), filterParams };
}

async function count(q: Query, kind: MatchKind): Promise<number> {
  const value = q.s.match(q.groups, kind);
  if (value === null) return 0;
  const [{ n }] = await q.db.$queryRawUnsafe<[{ n: number | bigint }]>(
    bind(q.s, `SELECT COUNT(*) AS n FROM (SELECT 1 ${q.s.matches(kind, q.joined)}${q.filter} LIMIT ${COUNT_CAP + 1}) m`),
    ...q.s.matchParams(kind, value),
    ...q.filterParams,
  );
  return Number(n);
}

const NO_FILTER = { filter: "", filterParams: [], joined: false };

/** Whether anything matches (for «هل تقصد»: which words are unknown, does the correction find something). */
async function exists(q: Query): Promise<boolean> {
  const value = q.s.match(q.groups, "all");
  if (value === null) return false;
  const rows = await q.db.$queryRawUnsafe<Id[]>(
    bind(q.s, `SELECT ${q.s.idOf(q.joined)} AS id ${q.s.matches("all", q.joined)}${q.filter} LIMIT 1`),
    ...q.s.matchParams("all", value),
    ...q.filterParams,
  );
  return rows.length > 0;
}

/**
 * The newest `limit` matches of one kind: by id in the index alone (ids grow with time; cheap
 * on both engines), by publication time when filters bring Article in.
 */
async function newestIds(q: Query, kind: MatchKind, limit: number, exclude: number[] = [], offset = 0): Promise<number[]> {
  const value = q.s.match(q.groups, kind);
  if (value === null) return [];
  const id = q.s.idOf(q.joined);
  const not = exclude.length ? ` AND ${id} NOT IN (${exclude.map(() => "?").join(", ")})` : "";
  const rows = await q.db.$queryRawUnsafe<Id[]>(
    bind(q.s, `SELECT ${id} AS id ${q.s.matches(kind, q.joined)}${q.filter}${not} ORDER BY ${q.s.newestOrder(q.joined)} LIMIT ${limit} OFFSET ${offset}`),
    ...q.s.matchParams(kind, value),
    ...q.filterParams,
    ...exclude,
  );
  return rows.map((r) => Number(r.id));
}

/** «الأحدث»: every match by publication time. */
function newestPage(q: Query, offset: number): Promise<number[]> {
  return newestIds({ ...q, joined: true }, "all", SEARCH_PAGE_SIZE, [], offset);
}

async function relevancePage(q: Query, total: number, offset: number): Promise<number[]> {
  const pool = new Set(await newestIds(q, "all", CANDIDATES));
  if (total > CANDIDATES) {
    for (const id of await newestIds(q, "title", CANDIDATES)) pool.add(id);
    for (const id of await newestIds(q, "phrase", CANDIDATES)) pool.add(id);
  }
  const ids = [...pool];
  const rows = await q.db.$queryRawUnsafe<CandidateRow[]>(bind(q.s, q.s.candidates(ids.length)), ...ids);
  const ranked = rankCandidates(rows.map(toCandidate), q.groups).map((r) => r.id);
  const page = ranked.slice(offset, offset + SEARCH_PAGE_SIZE);
  if (page.length < SEARCH_PAGE_SIZE && total > ranked.length) {
    // Past the ranked candidates: the other matches, newest first.
    const from = Math.max(0, offset - ranked.length);
    page.push(...(await newestIds(q, "all", SEARCH_PAGE_SIZE - page.length, ids, from)));
  }
  return page;
}

type CandidateRow = Omit<Candidate, "id" | "publishedAt"> & { id: number | bigint; publishedAt: string | Date };

const toCandidate = (r: CandidateRow): Candidate => ({
  id: Number(r.id),
  publishedAt: new Date(r.publishedAt),
  title: r.title ?? "",
  kicker: r.kicker ?? "",
  excerpt: r.excerpt ?? "",
  body: r.body ?? "",
  tags: r.tags ?? "",
  bylines: r.bylines ?? "",
});
