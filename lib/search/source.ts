// Reading what the search index needs about pieces, in plain SQL so the same query
// serves Prisma ($queryRawUnsafe), the reindex script and better-sqlite3 in e2e helpers.
// No server-only import (see lib/search/text.ts).
import { isPublic } from "../articles/visibility";
import type { SearchSource } from "./text";

const SEP = "\u001f"; // unit separator: cannot occur in names typed into the dashboard

export const SOURCE_SELECT = `
SELECT a.id, a.status, a.publishedAt, a.title, a.kicker, a.excerpt, a.bodyText, a.dateline,
  (SELECT group_concat(t.name, char(31)) FROM ArticleTag at JOIN Tag t ON t.id = at.tagId WHERE at.articleId = a.id) AS tags,
  (SELECT group_concat(au.name, char(31)) FROM ArticleAuthor aa JOIN Author au ON au.id = aa.authorId WHERE aa.articleId = a.id) AS authors
FROM Article a`;

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
