// Reading what the search index needs about pieces, in plain SQL so the same query
// serves Prisma ($queryRawUnsafe), the reindex script and better-sqlite3 in e2e helpers.
// No server-only import (see lib/search/text.ts).
import { isPublic } from "../articles/visibility";
import { searchSql } from "./sql";
import type { SearchSource } from "./text";

const SEP = "\u001f"; // unit separator: cannot occur in names typed into the dashboard

/** What the index needs about pieces (append `WHERE a."id" = ?` etc.); per engine in ./sql.ts. */
export { SEARCH_SOURCE_SQLITE as SOURCE_SELECT };
const SEARCH_SOURCE_SQLITE = searchSql("sqlite").sourceSelect;

export type SourceRow = {
  id: number | bigint;
  status: string;
  publishedAt: string | Date | null;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  bodyText: string;
  dateline: string | null;
  tags: string | null;
  authors: string | null;
};

export function toSource(r: SourceRow): SearchSource {
  return {
    title: r.title,
    kicker: r.kicker,
    excerpt: r.excerpt,
    bodyText: r.bodyText,
    tags: r.tags ? r.tags.split(SEP) : [],
    bylines: [...(r.authors ? r.authors.split(SEP) : []), ...(r.dateline ? [r.dateline] : [])],
  };
}

/** Whether readers may find this piece now (same rule as every reader page). */
export function searchable(r: SourceRow, now = new Date()): boolean {
  return isPublic({ status: r.status, publishedAt: r.publishedAt ? new Date(r.publishedAt) : null }, now);
}
