// The statements of the search index, per engine (decisions 010, 100 and 165). SQLite keeps
// an FTS5 virtual table (rowid = Article.id); PostgreSQL keeps a table with a stored tsvector
// of the very same analysed text (the `simple` configuration: no stemming or stop words of its
// own, our analyser did that) under a GIN index. The engines only FIND: which pieces match,
// how many, the newest ones, those with every word in the title or the words as a phrase.
// The ORDER is computed in TypeScript from the stored columns (rank.ts), which is why the two
// engines return the same results (lib/search/contract.test.ts).
import { dialectOf, groupConcatUnitSep, positional, type Dialect } from "../sql/dialect";
import { ftsMatch, quoteFts, type TermGroup } from "./query";
import { BODY_CHARS } from "./rank";

/** Where a statement looks for matches: all columns, the title only, or the words as a phrase. */
export type MatchKind = "all" | "title" | "phrase";

export type SearchSql = {
  dialect: Dialect;
  /** The bound value that selects matches of this kind (null: the kind does not apply). */
  match(groups: TermGroup[], kind?: MatchKind): string | null;
  /**
   * `FROM … WHERE` of the matches; params: the match value (twice for a PostgreSQL title
   * match: see matchParams). Append filters with AND. When `joined`, the rows are "a", the
   * Article, selected by `a."id" IN (matches)`: the engine then walks Article's
   * (status, publishedAt) or (sectionId, status, publishedAt) index and probes the match
   * list, instead of joining every match of a broad word (30× faster for «بغداد» in a
   * section at 100,000 pieces).
   */
  matches(kind: MatchKind, joined: boolean): string;
  /** The bound values `matches(kind)` takes for this match value. */
  matchParams(kind: MatchKind, value: string): string[];
  /** The id column of the matches' rows. */
  idOf(joined: boolean): string;
  /** "Newest first" for the matches' rows: by id in the index alone, by publication time with Article. */
  newestOrder(joined: boolean): string;
  /** The analysed columns of candidates; params: the ids. */
  candidates(count: number): string;
  upsert: string;
  delete: string;
  /** Deletes the rows of `n` ids (bound one each). */
  deleteIds(n: number): string;
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

/** Every combination of the groups' forms as a phrase, up to this many (then stems only). */
const MAX_PHRASES = 64;

function phrases(groups: TermGroup[]): string[][] {
  const total = groups.reduce((n, g) => n * g.terms.length, 1);
  if (total > MAX_PHRASES) return [groups.map((g) => g.terms[0]!)];
  let out: string[][] = [[]];
  for (const g of groups) out = out.flatMap((p) => g.terms.map((t) => [...p, t]));
  return out;
}

/** A tsquery operand: our terms are letters and digits only, quoted all the same. */
const lexeme = (t: string) => `'${t.replace(/'/g, "''").replace(/\\/g, "\\\\")}'`;
const tsGroup = (g: TermGroup) => (g.terms.length === 1 ? lexeme(g.terms[0]!) : `(${g.terms.map(lexeme).join(" | ")})`);

const COLUMNS = `"title", "kicker", "excerpt", "body", "tags", "bylines"`;

const sourceSelect = (d: Dialect) => `
SELECT a."id", a."status", a."publishedAt", a."title", a."kicker", a."excerpt", a."bodyText", a."dateline",
  (SELECT ${groupConcatUnitSep(`t."name"`, d)} FROM "ArticleTag" x JOIN "Tag" t ON t."id" = x."tagId" WHERE x."articleId" = a."id") AS "tags",
  (SELECT ${groupConcatUnitSep(`au."name"`, d)} FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = a."id") AS "authors"
FROM "Article" a`;

const sqlite: SearchSql = {
  dialect: "sqlite",
  match(groups, kind = "all") {
    if (!groups.length) return null;
    if (kind === "title") return `title : (${ftsMatch(groups)})`;
    if (kind === "phrase") return groups.length < 2 ? null : phrases(groups).map((p) => quoteFts(p.join(" "))).join(" OR ");
    return ftsMatch(groups);
  },
  matches: (_kind, joined) =>
    joined
      ? `FROM "Article" a WHERE a."status" = 'published' AND a."id" IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH ?)`
      : `FROM ArticleSearch s WHERE ArticleSearch MATCH ?`,
  matchParams: (_kind, value) => [value],
  idOf: (joined) => (joined ? `a."id"` : "s.rowid"),
  newestOrder: (joined) => (joined ? `a."publishedAt" DESC, a."id" DESC` : "s.rowid DESC"),
  candidates: (n) => `SELECT s.rowid AS id, a."publishedAt", s.title, s.kicker, s.excerpt, substr(s.body, 1, ${BODY_CHARS}) AS body, s.tags, s.bylines
    FROM "Article" a JOIN ArticleSearch s ON s.rowid = a."id" WHERE a."id" IN (${Array(n).fill("?").join(", ")})`,
  upsert: `INSERT OR REPLACE INTO ArticleSearch (rowid, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  delete: `DELETE FROM ArticleSearch WHERE rowid = ?`,
  deleteIds: (n) => `DELETE FROM ArticleSearch WHERE rowid IN (${Array(n).fill("?").join(", ")})`,
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

const TSQ = `to_tsquery('simple', ?)`;

const postgres: SearchSql = {
  dialect: "postgres",
  match(groups, kind = "all") {
    if (!groups.length) return null;
    if (kind === "phrase") return groups.length < 2 ? null : groups.map(tsGroup).join(" <-> ");
    return groups.map(tsGroup).join(" & ");
  },
  // The tsvector does not say which column a word came from: the title is checked apart.
  matches(kind, joined) {
    const where = `s."document" @@ ${TSQ}` + (kind === "title" ? ` AND to_tsvector('simple', s."title") @@ ${TSQ}` : "");
    return joined
      ? `FROM "Article" a WHERE a."status" = 'published' AND a."id" IN (SELECT s."id" FROM "ArticleSearch" s WHERE ${where})`
      : `FROM "ArticleSearch" s WHERE ${where}`;
  },
  matchParams: (kind, value) => (kind === "title" ? [value, value] : [value]),
  idOf: (joined) => (joined ? `a."id"` : `s."id"`),
  newestOrder: (joined) => (joined ? `a."publishedAt" DESC, a."id" DESC` : `s."id" DESC`),
  candidates: (n) => `SELECT s."id" AS id, a."publishedAt", s."title", s."kicker", s."excerpt", substr(s."body", 1, ${BODY_CHARS}) AS body, s."tags", s."bylines"
    FROM "Article" a JOIN "ArticleSearch" s ON s."id" = a."id" WHERE a."id" IN (${Array(n).fill("?").join(", ")})`,
  upsert: `INSERT INTO "ArticleSearch" ("id", ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT ("id") DO UPDATE SET "title" = excluded."title", "kicker" = excluded."kicker", "excerpt" = excluded."excerpt",
      "body" = excluded."body", "tags" = excluded."tags", "bylines" = excluded."bylines"`,
  delete: `DELETE FROM "ArticleSearch" WHERE "id" = ?`,
  deleteIds: (n) => `DELETE FROM "ArticleSearch" WHERE "id" IN (${Array(n).fill("?").join(", ")})`,
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
