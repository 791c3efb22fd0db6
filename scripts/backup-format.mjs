// What backup.mjs writes and restore.mjs checks (one place for the archive's layout).
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

export const FORMAT = "midad-backup/1";
export const DB_ENTRY = "midad.db";
/** PostgreSQL's archive (pg_dump's custom format) in place of the SQLite file. */
export const PG_DB_ENTRY = "midad.pgdump";
export const MEDIA_ENTRY = "media";
export const MANIFEST_ENTRY = "manifest.json";

export const sha256File = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** Rows per table, and the last applied migration, of a closed-consistent SQLite copy. */
export function describeDatabase(db) {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all();
  const counts = {};
  for (const { name } of tables) counts[name] = db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get().n;
  const last = tables.some((t) => t.name === "_prisma_migrations")
    ? db.prepare(`SELECT migration_name AS m FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`).get()
    : undefined;
  return { schemaMigration: last?.m ?? null, counts };
}

/** Files and bytes under a folder (the media). */
export function describeFolder(dir) {
  let files = 0;
  let bytes = 0;
  if (!fs.existsSync(dir)) return { files, bytes };
  for (const rel of fs.readdirSync(dir, { recursive: true })) {
    const st = fs.statSync(path.join(dir, String(rel)));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

/** Rows per table and the last applied migration, read with a pg client (inside the caller's snapshot). */
export async function describePostgres(client) {
  const { rows: tables } = await client.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`);
  const counts = {};
  for (const { name } of tables) counts[name] = Number((await client.query(`SELECT COUNT(*) AS n FROM "${name.replace(/"/g, '""')}"`)).rows[0].n);
  const last = tables.some((t) => t.name === "_prisma_migrations")
    ? (await client.query(`SELECT migration_name AS m FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`)).rows[0]
    : undefined;
  return { schemaMigration: last?.m ?? null, counts };
}

/**
 * The database (SQLite file or PostgreSQL URL) and media folder, from the same settings the
 * app uses (lib/env.ts).
 */
export function targets(env = process.env) {
  const url = env.DATABASE_URL ?? "file:./data/midad.db";
  const mediaDir = path.resolve(env.MEDIA_DIR ?? "./data/media");
  if (/^postgres(ql)?:\/\//.test(url)) return { engine: "postgresql", url, mediaDir };
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be file:… (SQLite) or postgresql://… (got ${url.split(":")[0]}:…).`);
  return { engine: "sqlite", dbFile: path.resolve(url.slice(5)), mediaDir };
}
