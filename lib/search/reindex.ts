// Rebuilds the whole search index in batches (one transaction per batch), keeping it
// usable meanwhile: each batch replaces the rows of one id range. Used by
// `npm run search:reindex` and the seed (prisma/seed-data/after-seed.ts).
import type { SearchWriter } from "./index";
import { searchable, toSource, type SourceRow } from "./source";
import type { Dialect } from "../sql/dialect";
import { bind, searchSql } from "./sql";
import { SEARCH_INDEX_VERSION, SEARCH_VERSION_KEY, searchParams, searchRow } from "./text";

type Client = SearchWriter & { $transaction<R>(fn: (tx: SearchWriter) => Promise<R>, options?: { timeout?: number }): Promise<R> };

const BATCH = 1000;
const ROWS_PER_INSERT = 100;

export async function reindexAll(db: Client, onProgress?: (done: number, total: number) => void, dialect?: Dialect): Promise<number> {
  const now = new Date();
  const s = searchSql(dialect);
  const [{ n }] = await db.$queryRawUnsafe<[{ n: number | bigint }]>(`SELECT COUNT(*) AS n FROM "Article"`);
  const total = Number(n);
  let after = 0;
  let done = 0;
  let indexed = 0;
  for (;;) {
    const rows = await db.$queryRawUnsafe<SourceRow[]>(bind(s, `${s.sourceSelect} WHERE a."id" > ? ORDER BY a."id" LIMIT ${BATCH}`), after);
    if (!rows.length) break;
    const last = Number(rows[rows.length - 1]!.id);
    const live = rows.filter((r) => searchable(r, now));
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(bind(s, s.deleteRange), after, last);
        for (let i = 0; i < live.length; i += ROWS_PER_INSERT) {
          const chunk = live.slice(i, i + ROWS_PER_INSERT);
          const values = chunk.flatMap((r) => searchParams(Number(r.id), searchRow(toSource(r))));
          await tx.$executeRawUnsafe(bind(s, s.insertMany(chunk.length)), ...values);
        }
      },
      { timeout: 60_000 },
    );
    indexed += live.length;
    done += rows.length;
    after = last;
    onProgress?.(done, total);
  }
  await db.$executeRawUnsafe(bind(s, s.deleteAbove), after);
  // SQLite: merge the FTS5 index's b-trees, smaller and faster to query after a bulk load.
  if (s.optimize) await db.$executeRawUnsafe(s.optimize);
  await db.$executeRawUnsafe(
    bind(
      s,
      `INSERT INTO "SiteSetting" ("key", "value", "updatedAt") VALUES (?, ?, ?)
       ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
    ),
    SEARCH_VERSION_KEY,
    JSON.stringify(SEARCH_INDEX_VERSION),
    new Date().toISOString().replace("Z", "+00:00"),
  );
  return indexed;
}

/**
 * Whether the index needs a full rebuild: built by another analysis version, or not
 * holding exactly the public pieces (e.g. after `seed --scale`). Cheap enough for start-up.
 */
export async function indexIsStale(db: SearchWriter, now = new Date()): Promise<boolean> {
  const s = searchSql();
  const [v] = await db.$queryRawUnsafe<{ value: string }[]>(bind(s, `SELECT "value" FROM "SiteSetting" WHERE "key" = ?`), SEARCH_VERSION_KEY);
  if (!v || v.value !== JSON.stringify(SEARCH_INDEX_VERSION)) return true;
  const [{ n: indexed }] = await db.$queryRawUnsafe<[{ n: number | bigint }]>(s.countIndexed);
  const rows = await db.$queryRawUnsafe<{ publishedAt: string | Date | null }[]>(`SELECT "publishedAt" FROM "Article" WHERE "status" = 'published'`);
  const live = rows.filter((r) => r.publishedAt && new Date(r.publishedAt).getTime() <= now.getTime()).length;
  return Number(indexed) !== live;
}
