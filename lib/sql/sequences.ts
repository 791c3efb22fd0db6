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

type Tx = Raw & { $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number> };
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * `n` fresh ids of an autoincrement table for rows a bulk insert writes with explicit ids
 * (so that replies can name their parent in the same statement). PostgreSQL takes them
 * from the table's sequence, safe beside other writers; SQLite continues after the largest
 * id ever given (AUTOINCREMENT's own rule). On SQLite call it inside the transaction that
 * inserts them: the transaction's snapshot keeps another writer from taking the same ids
 * (its commit would make ours fail, never duplicate).
 */
export async function reserveIds(tx: Raw, table: string, n: number, url = process.env.DATABASE_URL): Promise<number[]> {
  if (n <= 0) return [];
  if (dialectOf(url) === "postgres") {
    const rows = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(
      `SELECT nextval(pg_get_serial_sequence($1, 'id')) AS "id" FROM generate_series(1, ${Math.trunc(n)}) ORDER BY 1`,
      ident(table),
    );
    return rows.map((r) => Number(r.id));
  }
  const [row] = await tx.$queryRawUnsafe<{ m: number | bigint | null }[]>(
    `SELECT MAX(COALESCE((SELECT "seq" FROM sqlite_sequence WHERE "name" = ?), 0), COALESCE((SELECT MAX("id") FROM ${ident(table)}), 0)) AS "m"`,
    table,
  );
  const from = Number(row?.m ?? 0) + 1;
  return Array.from({ length: n }, (_, i) => from + i);
}

/**
 * After rows were written with explicit ids (the importer keeps WordPress ids), moves the
 * table's PostgreSQL sequence past them so the app's next insert does not collide; never
 * moves it back. A no-op on SQLite, whose AUTOINCREMENT follows explicit ids by itself.
 */
export async function advanceSequence(tx: Tx, table: string, url = process.env.DATABASE_URL): Promise<void> {
  if (dialectOf(url) !== "postgres") return;
  await tx.$queryRawUnsafe(
    `SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST(COALESCE((SELECT MAX("id") FROM ${ident(table)}), 0), nextval(pg_get_serial_sequence($1, 'id'))))::text AS "v"`,
    ident(table),
  );
}
