// Multi-row INSERTs through a Prisma client's raw API, for bulk writers (the WordPress
// importer, decision 050). Prisma's createMany hands every row's values to its query
// compiler, which was most of the cost of a large batch; a raw statement only binds them.
// One statement text serves both engines (decision 100); values are encoded the way Prisma
// itself stores them: dates as UTC ISO text with "+00:00" (SQLite's stored form, which
// PostgreSQL reads into its timestamp columns as the same instant), booleans as 1/0 on SQLite.
// Nothing is filled in for the caller: @updatedAt and every other column without a database
// default must be in the rows. No server-only import: scripts use it under tsx.
import { dialectOf, positional, type Dialect } from "./dialect";

type Writer = { $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number> };
type Row = Record<string, string | number | boolean | Date | null | undefined>;

/** Bound values per statement: below SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMS = 30_000;
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function encode(v: Row[string], dialect: Dialect): unknown {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean" && dialect === "sqlite") return v ? 1 : 0;
  return v ?? null;
}

/** Inserts `rows` (all with the columns of the first) into `table`, a few hundred per statement. */
export async function insertRows(tx: Writer, table: string, rows: Row[], dialect: Dialect = dialectOf()): Promise<number> {
  if (!rows.length) return 0;
  const columns = Object.keys(rows[0]!);
  const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  let written = 0;
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values = chunk.flatMap((r) => columns.map((c) => encode(r[c], dialect)));
    written += await tx.$executeRawUnsafe(positional(head + Array(chunk.length).fill(tuple).join(", "), dialect), ...values);
  }
  return written;
}
