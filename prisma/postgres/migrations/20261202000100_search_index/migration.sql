-- Full-text search over published pieces on PostgreSQL (decisions 010 and 100).
-- "id" = Article.id. The text columns hold NORMALISED + STEMMED text built by
-- lib/search/text.ts, exactly as in SQLite's FTS5 table; the `simple` configuration only
-- splits and lower-cases it (no stemming or stop words of its own). Title, kicker and tags
-- weigh A, the rest B: ts_rank's {0.1, 0.2, 0.5, 1.0} makes A count twice B, as bm25's
-- column weights do on SQLite (lib/search/rank.ts).
-- Prisma's schema does not describe this table; the app reads and writes it with raw SQL.
CREATE TABLE "ArticleSearch" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL DEFAULT '',
    "kicker" TEXT NOT NULL DEFAULT '',
    "excerpt" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "tags" TEXT NOT NULL DEFAULT '',
    "bylines" TEXT NOT NULL DEFAULT '',
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', "title"), 'A') ||
        setweight(to_tsvector('simple', "kicker"), 'A') ||
        setweight(to_tsvector('simple', "tags"), 'A') ||
        setweight(to_tsvector('simple', "excerpt"), 'B') ||
        setweight(to_tsvector('simple', "body"), 'B') ||
        setweight(to_tsvector('simple', "bylines"), 'B')
    ) STORED
);

CREATE INDEX "ArticleSearch_document_idx" ON "ArticleSearch" USING GIN ("document");
