// The search index ("ArticleSearch": FTS5 on SQLite, a tsvector table on PostgreSQL; id =
// Article.id) follows what readers may see. CALL `indexArticle(tx, id)` INSIDE THE SAME
// TRANSACTION as every change that affects a piece's visibility or searchable text:
// publish, edit (title, kicker, excerpt, body, tags, bylines, dateline), unpublish,
// archive, delete, and a scheduled piece going live. It upserts the row when the piece is
// public and deletes it otherwise, so calling it after any save is always correct.
// `removeFromIndex(tx, id)` is for deletions.
//
// Works with the app's client (lib/db.ts) or a transaction client from
// db.$transaction(async (tx) => …); scripts pass their own PrismaClient.
// No server-only import: scripts/search-reindex.ts runs it under tsx.
import { searchable, toSource, type SourceRow } from "./source";
import { bind, searchSql } from "./sql";
import { searchParams, searchRow } from "./text";

/** The part of a Prisma client (or transaction client) the index needs. */
export type SearchWriter = {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
};

export async function indexArticle(tx: SearchWriter, id: number, now = new Date()): Promise<"indexed" | "removed"> {
  const s = searchSql();
  const rows = await tx.$queryRawUnsafe<SourceRow[]>(bind(s, `${s.sourceSelect} WHERE a."id" = ?`), id);
  const row = rows[0];
  if (!row || !searchable(row, now)) {
    await removeFromIndex(tx, id);
    return "removed";
  }
  await tx.$executeRawUnsafe(bind(s, s.upsert), ...searchParams(id, searchRow(toSource(row))));
  return "indexed";
}

export async function removeFromIndex(tx: SearchWriter, id: number): Promise<void> {
  const s = searchSql();
  await tx.$executeRawUnsafe(bind(s, s.delete), id);
}

/**
 * `indexArticle` for many pieces at once (bulk writers such as the WordPress importer):
 * one read, one delete and one insert per few hundred ids instead of two statements each.
 */
export async function indexArticles(tx: SearchWriter, ids: number[], now = new Date()): Promise<number> {
  const s = searchSql();
  let indexed = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const marks = chunk.map(() => "?").join(", ");
    const rows = await tx.$queryRawUnsafe<SourceRow[]>(bind(s, `${s.sourceSelect} WHERE a."id" IN (${marks})`), ...chunk);
    await tx.$executeRawUnsafe(bind(s, s.deleteIds(chunk.length)), ...chunk);
    const live = rows.filter((r) => searchable(r, now));
    for (let j = 0; j < live.length; j += 100) {
      const part = live.slice(j, j + 100);
      await tx.$executeRawUnsafe(bind(s, s.insertMany(part.length)), ...part.flatMap((r) => searchParams(Number(r.id), searchRow(toSource(r)))));
    }
    indexed += live.length;
  }
  return indexed;
}
