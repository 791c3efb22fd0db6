import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * A fresh SQLite database built from the committed migrations, for unit tests that run
 * real server code. Call before importing anything that imports lib/db or lib/env.
 */
export function createTempDatabase(): { file: string; dir: string; raw: Database.Database } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midad-unit-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  const migrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
  for (const m of fs.readdirSync(migrations).filter((d) => fs.statSync(path.join(migrations, d)).isDirectory()).sort()) {
    raw.exec(fs.readFileSync(path.join(migrations, m, "migration.sql"), "utf8"));
  }
  process.env.DATABASE_URL = `file:${file}`;
  process.env.MEDIA_DIR = path.join(dir, "media");
  process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";
  return { file, dir, raw };
}

/** A digest of every row of every table: equal before and after means "nothing changed". */
export function databaseDigest(raw: Database.Database): string {
  const all = raw.prepare(`SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string; sql: string }[];
  // Full-text tables keep their data in shadow tables (some WITHOUT ROWID); the virtual
  // table itself lists every indexed row, so digest it and skip its shadows.
  const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => `${t.name}_`);
  const tables = all.filter((t) => !virtual.some((v) => t.name.startsWith(v)));
  return JSON.stringify(tables.map((t) => [t.name, raw.prepare(`SELECT rowid AS _r, * FROM "${t.name}" ORDER BY rowid`).all()]));
}
