// The statements of the search index, per engine (decisions 010 and 100). SQLite keeps an
// FTS5 virtual table (rowid = Article.id, ranked with bm25); PostgreSQL keeps a table with a
// stored tsvector of the very same analysed text (the `simple` configuration: no stemming
// or stop words of its own, our analyser did that) under a GIN index, ranked with ts_rank.
// Both then re-order their best candidates with the same capped term count (rank.ts), which
// is why the two engines return the same top results (lib/search/contract.test.ts).
import { dialectOf, groupConcatUnitSep, positional, type Dialect } from "../sql/dialect";
import { BM25_WEIGHTS, TS_RANK_WEIGHTS, hitsSql } from "./rank";
import { quoteFts } from "./query";

export type SearchSql = {
  dialect: Dialect;
  /** The bound value that selects matches, from the analysed query terms. */
  match(terms: string[]): string;
  count(cap: number): string;
  /** The id of the n-th newest match (1 = newest); params: match. */
  nthNewest(n: number): string;
  /** Best candidates by engine score re-ordered by hits; params: match, floor, ...hits, offset. */
  reranked(terms: string[], candidates: number, pageSize: number): { sql: string; hitParams: string[] };
  /** Engine-score order within the ranking window; params: match, floor, offset. */
  rankedPage(pageSize: number): string;
  /** Newest first below the window; params: match, floor, offset. */
  olderPage(pageSize: number): string;
  upsert: string;
  delete: string;
  insertMany(rows: number): string;
  deleteRange: string;
  deleteAbove: string;
  countIndexed: string;
  /** Housekeeping after a full rebuild, or null. */
  optimize: string | null;
  sourceSelect: string;
  /** Authors of a card as a JSON array (text), ordered by byline position. */
  authorsJson: string;
  /** The public-status test of `a` without letting SQLite pick the status index. */
  publishedStatus: string;
};

const COLUMNS = `"title", "kicker", "excerpt", "body", "tags", "bylines"`;

const sourceSelect = (d: Dialect) => `
SELECT a."id", a."status", a."publishedAt", a."title", a."kicker", a."excerpt", a."bodyText", a."dateline",
  (SELECT ${groupConcatUnitSep(`t."name"`, d)} FROM "ArticleTag" x JOIN "Tag" t ON t."id" = x."tagId" WHERE x."articleId" = a."id") AS "tags",
  (SELECT ${groupConcatUnitSep(`au."name"`, d)} FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = a."id") AS "authors"
FROM "Article" a`;

const sqlite: SearchSql = {
  dialect: "sqlite",
  match: (terms) => terms.map(quoteFts).join(" "),
  count: (cap) => `SELECT COUNT(*) AS n FROM (SELECT 1 FROM ArticleSearch WHERE ArticleSearch MATCH ? LIMIT ${cap + 1})`,
  nthNewest: (n) => `SELECT rowid AS id FROM ArticleSearch WHERE ArticleSearch MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${n - 1}`,
  reranked(terms, candidates, pageSize) {
    const hits = hitsSql(terms, "sqlite");
    const sql = `WITH top AS (
        SELECT rowid AS id, bm25(ArticleSearch, ${BM25_WEIGHTS}) AS score FROM ArticleSearch
        WHERE ArticleSearch MATCH ? AND rowid >= ? ORDER BY score, rowid DESC LIMIT ${candidates}
      )
      SELECT top.id AS id, ${hits.expr} AS hits FROM top
        JOIN ArticleSearch s ON s.rowid = top.id
        JOIN "Article" a ON a."id" = top.id
      ORDER BY hits DESC, a."publishedAt" DESC, top.id DESC
      LIMIT ${pageSize} OFFSET ?`;
    return { sql, hitParams: hits.params };
  },
  rankedPage: (size) => `SELECT rowid AS id FROM ArticleSearch WHERE ArticleSearch MATCH ? AND rowid >= ?
     ORDER BY bm25(ArticleSearch, ${BM25_WEIGHTS}), rowid DESC LIMIT ${size} OFFSET ?`,
  olderPage: (size) => `SELECT rowid AS id FROM ArticleSearch WHERE ArticleSearch MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ${size} OFFSET ?`,
  upsert: `INSERT OR REPLACE INTO ArticleSearch (rowid, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  delete: `DELETE FROM ArticleSearch WHERE rowid = ?`,
  insertMany: (n) => `INSERT INTO ArticleSearch (rowid, ${COLUMNS}) VALUES ${Array(n).fill("(?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
  deleteRange: `DELETE FROM ArticleSearch WHERE rowid > ? AND rowid <= ?`,
  deleteAbove: `DELETE FROM ArticleSearch WHERE rowid > ?`,
  countIndexed: `SELECT COUNT(*) AS n FROM ArticleSearch`,
  optimize: `INSERT INTO ArticleSearch (ArticleSearch) VALUES ('optimize')`,
  sourceSelect: sourceSelect("sqlite"),
  authorsJson: `(SELECT json_group_array(json_object('slug', au."slug", 'name', au."name", 'columnName', au."columnName"))
     FROM (SELECT au.* FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = a."id" ORDER BY aa."position") au)`,
  // The unary + keeps SQLite on the primary key (decision 011).
  publishedStatus: `+a."status" = 'published'`,
};

/** `plainto_tsquery` ANDs the words; they are already analysed, so `simple` keeps them as they are. */
const TSQ = `plainto_tsquery('simple', ?)`;

const postgres: SearchSql = {
  dialect: "postgres",
  match: (terms) => terms.join(" "),
  count: (cap) => `SELECT COUNT(*) AS n FROM (SELECT 1 FROM "ArticleSearch" WHERE "document" @@ ${TSQ} LIMIT ${cap + 1}) m`,
  nthNewest: (n) => `SELECT "id" FROM "ArticleSearch" WHERE "document" @@ ${TSQ} ORDER BY "id" DESC LIMIT 1 OFFSET ${n - 1}`,
  reranked(terms, candidates, pageSize) {
    const hits = hitsSql(terms, "postgres");
    const sql = `WITH q AS (SELECT ${TSQ} AS q),
      top AS (
        SELECT s."id", ts_rank('${TS_RANK_WEIGHTS}', s."document", q.q) AS score FROM "ArticleSearch" s, q
        WHERE s."document" @@ q.q AND s."id" >= ? ORDER BY score DESC, s."id" DESC LIMIT ${candidates}
      )
      SELECT top."id" AS id, ${hits.expr} AS hits FROM top
        JOIN "ArticleSearch" s ON s."id" = top."id"
        JOIN "Article" a ON a."id" = top."id"
      ORDER BY hits DESC, a."publishedAt" DESC, top."id" DESC
      LIMIT ${pageSize} OFFSET ?`;
    return { sql, hitParams: hits.params };
  },
  rankedPage: (size) => `WITH q AS (SELECT ${TSQ} AS q)
    SELECT s."id" FROM "ArticleSearch" s, q WHERE s."document" @@ q.q AND s."id" >= ?
    ORDER BY ts_rank('${TS_RANK_WEIGHTS}', s."document", q.q) DESC, s."id" DESC LIMIT ${size} OFFSET ?`,
  olderPage: (size) => `SELECT "id" FROM "ArticleSearch" WHERE "document" @@ ${TSQ} AND "id" < ? ORDER BY "id" DESC LIMIT ${size} OFFSET ?`,
  upsert: `INSERT INTO "ArticleSearch" ("id", ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT ("id") DO UPDATE SET "title" = excluded."title", "kicker" = excluded."kicker", "excerpt" = excluded."excerpt",
      "body" = excluded."body", "tags" = excluded."tags", "bylines" = excluded."bylines"`,
  delete: `DELETE FROM "ArticleSearch" WHERE "id" = ?`,
  insertMany: (n) => `INSERT INTO "ArticleSearch" ("id", ${COLUMNS}) VALUES ${Array(n).fill("(?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
  deleteRange: `DELETE FROM "ArticleSearch" WHERE "id" > ? AND "id" <= ?`,
  deleteAbove: `DELETE FROM "ArticleSearch" WHERE "id" > ?`,
  countIndexed: `SELECT COUNT(*) AS n FROM "ArticleSearch"`,
  optimize: null,
  sourceSelect: sourceSelect("postgres"),
  authorsJson: `(SELECT json_agg(json_build_object('slug', au."slug", 'name', au."name", 'columnName', au."columnName") ORDER BY aa."position")::text
     FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = a."id")`,
  publishedStatus: `a."status" = 'published'`,
};

/** The statements for the engine in DATABASE_URL, `?` placeholders already numbered for it. */
export function searchSql(dialect: Dialect = dialectOf()): SearchSql {
  return dialect === "postgres" ? postgres : sqlite;
}

/** Numbers the placeholders of one of these statements for its engine. */
export const bind = (s: SearchSql, sql: string) => positional(sql, s.dialect);
