// Applies prisma/postgres/migrations to a PostgreSQL database (decision 100).
//
// Prisma 6's wasm migration engine cannot introspect PostgreSQL through the adapter here
// (stack.md), so this small runner does what `prisma migrate deploy` does, in the same
// `_prisma_migrations` table format (a machine with Prisma's classic engine can take over):
// - one advisory lock (Prisma's own key), so instances starting together migrate once;
// - each migration in one transaction with its record: it applies entirely or not at all;
// - it refuses a database that is ahead of the code (a migration this code does not have),
//   one whose applied migration was edited since (checksum), or one with a failed migration.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");
export const POSTGRES_MIGRATIONS = path.join(root, "prisma/postgres/migrations");
/** The advisory lock key `prisma migrate` takes too. */
const LOCK_KEY = 72707369;

const TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function localMigrations(dir = POSTGRES_MIGRATIONS) {
  return fs
    .readdirSync(dir)
    .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/** Creates the database named in the URL when it does not exist (two creators: one wins). */
export async function ensureDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error("DATABASE_URL names no database");
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}" ENCODING 'UTF8' TEMPLATE template0`);
        return true;
      } catch (e) {
        if (e.code !== "42P04" && e.code !== "23505") throw e; // created meanwhile by another instance
      }
    }
    return false;
  } finally {
    await client.end();
  }
}

/** Applies what is pending; returns the names applied. Throws (with a clear message) on refusal. */
export async function migratePostgres(url, { dir = POSTGRES_MIGRATIONS, log = () => {} } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(TABLE);
    const local = localMigrations(dir);
    const byName = new Map(local.map((m) => [m.name, m]));
    const { rows } = await client.query(
      `SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL ORDER BY "started_at"`,
    );
    const applied = new Set();
    for (const r of rows) {
      if (!r.finished_at) {
        throw new Error(`migration ${r.migration_name} failed earlier and was not resolved; fix the database, then mark it rolled back`);
      }
      const mine = byName.get(r.migration_name);
      if (!mine) {
        throw new Error(`the database is ahead of this code: it has migration ${r.migration_name}, which this version does not know. Deploy the newer code.`);
      }
      if (mine.checksum !== r.checksum) throw new Error(`migration ${r.migration_name} was edited after it was applied (checksum differs)`);
      applied.add(r.migration_name);
    }
    const done = [];
    for (const m of local) {
      if (applied.has(m.name)) continue;
      log(`applying ${m.name}`);
      await client.query("BEGIN");
      try {
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at") VALUES ($1, $2, $3, now())`,
          [crypto.randomUUID(), m.checksum, m.name],
        );
        await client.query(m.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "migration_name" = $1 AND "finished_at" IS NULL`,
          [m.name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed and was rolled back: ${e.message}`);
      }
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("postgres")) {
    console.error("DATABASE_URL must be a postgresql:// URL");
    process.exit(2);
  }
  try {
    if (await ensureDatabase(url)) console.log("• Created the database.");
    const done = await migratePostgres(url, { log: (m) => console.log(`• ${m}`) });
    console.log(done.length ? `• Applied ${done.length} migration(s).` : "• Database schema is up to date.");
  } catch (e) {
    console.error(`Database migration refused: ${e.message}`);
    process.exit(1);
  }
}
