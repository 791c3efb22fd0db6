// PostgreSQL numbers rows from a sequence per table that explicit ids do not advance;
// SQLite's AUTOINCREMENT continues after the largest id by itself. The seed keeps real ids
// (decision 005: the seed article is 410630), so after writing explicit ids, call this to
// move every sequence past the largest id in its table. A no-op on SQLite.
import { dialectOf } from "./dialect";

type Raw = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T> };

export async function syncSequences(db: Raw, url = process.env.DATABASE_URL): Promise<void> {
  if (dialectOf(url) !== "postgres") return;
  const tables = await db.$queryRawUnsafe<{ table: string; column: string }[]>(
    `SELECT c.table_name::text AS "table", c.column_name::text AS "column" FROM information_schema.columns c
     WHERE c.table_schema = current_schema() AND c.column_default LIKE 'nextval(%'`,
  );
  for (const t of tables) {
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    // setval(…, max, true) makes the next value max + 1; an empty table starts at 1.
    await db.$queryRawUnsafe(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX(${q(t.column)}) FROM ${q(t.table)}), 0) + 1, false)::text AS "v"`,
      q(t.table),
      t.column,
    );
  }
}
