// The PostgreSQL server the engine contract tests use: MIDAD_TEST_POSTGRES_URL (.ci/run sets
// it), else the machine's local server with the role `npm run cluster` creates, when it
// answers. Without either the PostgreSQL tests are skipped (their titles say why): the
// embedded default needs no server.
import crypto from "node:crypto";
import pg from "pg";

const LOCAL = "postgresql://midad:midad@127.0.0.1:5432/postgres";

export async function testPostgresUrl(): Promise<string | undefined> {
  if (process.env.MIDAD_TEST_POSTGRES_URL) return process.env.MIDAD_TEST_POSTGRES_URL;
  const client = new pg.Client({ connectionString: LOCAL, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return LOCAL;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A new database on `server` made from prisma/postgres/migrations, for one test file's
 * scenarios on PostgreSQL; `drop()` removes it (connections included).
 */
export async function freshPostgresDatabase(server: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `midad_${prefix}_${crypto.randomBytes(4).toString("hex")}`;
  const run = async (sql: string) => {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  // @ts-expect-error -- a plain ES module script without types
  const { migratePostgres } = (await import("../../scripts/db/migrate-postgres.mjs")) as { migratePostgres(url: string): Promise<void> };
  await migratePostgres(u.toString());
  return { url: u.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * Run a file's shared scenarios on PostgreSQL in a fresh database (DATABASE_URL points at it),
 * or one skipped test saying why when no server answers. `scenarios` gets the cleanup to call last.
 */
export async function onFreshPostgres(title: string, prefix: string, scenarios: (cleanup: () => Promise<void>) => void | Promise<void>): Promise<void> {
  const { describe, it } = await import("vitest");
  const server = await testPostgresUrl();
  if (!server) {
    describe(title, () => it.skip("needs a PostgreSQL server (MIDAD_TEST_POSTGRES_URL or the local one)", () => {}));
    return;
  }
  const fresh = await freshPostgresDatabase(server, prefix);
  process.env.DATABASE_URL = fresh.url;
  await scenarios(fresh.drop);
}
