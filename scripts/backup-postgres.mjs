// The PostgreSQL half of npm run backup / npm run restore (decision 100): the database goes
// into the same archive as with SQLite, as pg_dump's custom format instead of the file.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { describePostgres, PG_DB_ENTRY } from "./backup-format.mjs";

// Prisma's own URL parameters, which libpq (pg_dump, pg_restore) refuses.
const PRISMA_ONLY = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout"];

/** The URL as pg_dump and pg_restore accept it. */
export function libpqUrl(url) {
  const u = new URL(url);
  for (const p of PRISMA_ONLY) u.searchParams.delete(p);
  return u.toString();
}

const quote = (name) => `"${name.replace(/"/g, '""')}"`;

function tool(name, args) {
  const r = spawnSync(name, args, { encoding: "utf8" });
  if (r.error) throw new Error(`${name} is not available (${r.error.message}); install PostgreSQL's client programs (Debian: postgresql-client).`);
  if (r.status !== 0) throw new Error(`${name} failed: ${(r.stderr || "").trim().split("\n").slice(-3).join(" ")}`);
}

/**
 * Dump the database into `dir`. The rows counted for the manifest and the rows pg_dump
 * writes come from one snapshot (pg_export_snapshot), so the manifest describes the dump
 * exactly even while the newsroom keeps writing.
 */
export async function dumpPostgres(url, dir) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query("SELECT pg_export_snapshot() AS s")).rows[0].s;
    const described = await describePostgres(client);
    const file = path.join(dir, PG_DB_ENTRY);
    tool("pg_dump", ["--format=custom", "--no-owner", "--no-acl", `--snapshot=${snapshot}`, "--file", file, "--dbname", libpqUrl(url)]);
    await client.query("COMMIT");
    return { file, ...described };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Put a dump in place of the database named by `url`. The database being replaced is
 * renamed aside (`<name>_replaced_<time>`), never dropped; the dump goes into a new, empty
 * database of the same name in one transaction, and its row counts must match the manifest,
 * else the new database is dropped and the old one gets its name back.
 */
export async function restorePostgres(url, dumpFile, expectedCounts) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error("DATABASE_URL names no database.");
  const maintenance = new URL(target);
  maintenance.pathname = "/postgres";
  for (const p of PRISMA_ONLY) maintenance.searchParams.delete(p);
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    const busy = await admin.query(`SELECT pid, application_name FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
    if (busy.rowCount) throw new Error(`The database ${name} is in use by ${busy.rowCount} connection(s); stop every instance (npm start / the service), then restore.`);
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount > 0;
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const aside = `${name.slice(0, 63 - 24)}_replaced_${stamp}`;
    if (exists) await admin.query(`ALTER DATABASE ${quote(name)} RENAME TO ${quote(aside)}`);
    await admin.query(`CREATE DATABASE ${quote(name)} ENCODING 'UTF8' TEMPLATE template0`);
    try {
      tool("pg_restore", ["--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", "--dbname", libpqUrl(url), dumpFile]);
      const fresh = new pg.Client({ connectionString: url });
      await fresh.connect();
      let counts;
      try {
        ({ counts } = await describePostgres(fresh));
      } finally {
        await fresh.end().catch(() => {});
      }
      const differing = Object.keys({ ...counts, ...expectedCounts }).filter((t) => counts[t] !== expectedCounts[t]);
      if (differing.length) throw new Error(`Row counts after the restore differ from the manifest in: ${differing.join(", ")}`);
      return { aside: exists ? aside : null, counts };
    } catch (e) {
      await admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
      if (exists) await admin.query(`ALTER DATABASE ${quote(aside)} RENAME TO ${quote(name)}`);
      throw e;
    }
  } finally {
    await admin.end().catch(() => {});
  }
}
