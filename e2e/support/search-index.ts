import { searchable, toSource, type SourceRow } from "../../lib/search/source";
import { searchSql } from "../../lib/search/sql";
import { searchParams, searchRow } from "../../lib/search/text";
import { sqlDate, testDb } from "./db";

/**
 * What the newsroom's indexArticle() does inside its transaction, done directly on the
 * test database with the same text builder: index a public piece, drop any other.
 */
export function reindexArticle(id: number) {
  const db = testDb();
  const s = searchSql("sqlite");
  const row = db.prepare(`${s.sourceSelect} WHERE a."id" = ?`).get(id) as SourceRow | undefined;
  if (row && searchable(row)) db.prepare(s.upsert).run(...searchParams(id, searchRow(toSource(row))));
  else db.prepare(s.delete).run(id);
}

/** A publish as the newsroom does it (status, time) followed by the index update. */
export function publishArticle(id: number, at = new Date(Date.now() - 1000)) {
  testDb().prepare(`UPDATE Article SET status = 'published', publishedAt = ?, contentUpdatedAt = ? WHERE id = ?`).run(sqlDate(at), sqlDate(at), id);
  reindexArticle(id);
}
