// Which SQL engine this process talks to (decision 100). Most raw SQL in Midad is written
// once, portable (quoted identifiers, window functions, ON CONFLICT, enum values as
// literals); the few statements that cannot be (full-text search, string and JSON
// aggregates) take their text from here or from a per-engine module (lib/search/sql.ts).
// No server-only import: scripts and unit tests use it too.

export type Dialect = "sqlite" | "postgres";

export function dialectOf(url: string | undefined = process.env.DATABASE_URL): Dialect {
  return url && /^postgres(ql)?:/i.test(url) ? "postgres" : "sqlite";
}

/**
 * Statements for `$queryRawUnsafe` are written with `?` placeholders; PostgreSQL numbers
 * them ($1, $2…). Our statements never hold a literal "?" (no string constants with one,
 * no jsonb `?` operators), so a plain left-to-right rewrite is exact.
 */
export function positional(sql: string, dialect: Dialect): string {
  if (dialect === "sqlite") return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Aggregates one text column of a group into a single string, items joined by U+001F. */
export function groupConcatUnitSep(expr: string, dialect: Dialect): string {
  return dialect === "postgres" ? `string_agg(${expr}, chr(31))` : `group_concat(${expr}, char(31))`;
}

/** The smaller of two numbers (SQLite's scalar min(), PostgreSQL's LEAST()). */
export function least(a: string, b: string, dialect: Dialect): string {
  return dialect === "postgres" ? `LEAST(${a}, ${b})` : `min(${a}, ${b})`;
}

