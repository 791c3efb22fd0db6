// Builds the row stored in the ArticleSearch FTS5 table for one piece. Pure: used by
// lib/search/index.ts (inside newsroom transactions), scripts/search-reindex.ts and the
// e2e helpers, so it must not import server-only modules.
import { analyze } from "./analyze";

/**
 * Bump when the analysis (normaliser, stemmer, columns) changes: start-up then rebuilds
 * the index (prisma/seed-data/after-seed.ts).
 */
export const SEARCH_INDEX_VERSION = "3";
export const SEARCH_VERSION_KEY = "search_index_version";

export type SearchSource = {
  title: string;
  kicker: string | null;
  excerpt: string | null;
  bodyText: string;
  tags: string[];
  /** Author names and the dateline ("بغداد/ تميم الحسن"). */
  bylines: string[];
};

export type SearchRow = { title: string; kicker: string; excerpt: string; body: string; tags: string; bylines: string };

export function searchRow(a: SearchSource): SearchRow {
  return {
    title: analyze(a.title),
    kicker: analyze(a.kicker),
    excerpt: analyze(a.excerpt),
    body: analyze(a.bodyText),
    tags: a.tags.map(analyze).join(" "),
    bylines: a.bylines.map(analyze).join(" "),
  };
}

/** Column order of the virtual table (prisma/migrations/20261129010000_search_index). */
export const SEARCH_COLUMNS = ["title", "kicker", "excerpt", "body", "tags", "bylines"] as const;


export function searchParams(id: number, r: SearchRow): [number, string, string, string, string, string, string] {
  return [id, r.title, r.kicker, r.excerpt, r.body, r.tags, r.bylines];
}
