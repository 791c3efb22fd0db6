-- Full-text search over published pieces (SQLite FTS5; see docs/decisions/010-search-index.md).
-- rowid = Article.id. Every column holds NORMALISED + STEMMED text built by
-- lib/search/text.ts (FTS5's tokenizer would split Arabic words at vowel marks).
-- Prisma's schema cannot describe virtual tables; the app reads and writes it with raw SQL.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
  title,
  kicker,
  excerpt,
  body,
  tags,
  bylines,
  tokenize = 'unicode61 remove_diacritics 0'
);
