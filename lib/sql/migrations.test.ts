// Both engines' committed migrations describe one schema (decision 100). `prisma migrate
// diff` cannot reach a database through a driver adapter here, so the check is structural:
//   1. prisma/migrations applied to an empty SQLite file,
//   2. prisma/postgres/migrations applied to an empty PostgreSQL database (the runner),
//   3. the SQL Prisma writes for the models (prisma/postgres/schema.prisma, `migrate diff
//      --from-empty`, offline) applied to another one,
// and every table's columns (name, required or not), primary key, unique and plain indexes
// compared. 2 = 3 means the PostgreSQL migrations are the models; 1 = 2 means SQLite's are too.
// The search tables are engine-specific by design (FTS5 / tsvector) and left out.
// Needs a PostgreSQL server (lib/testing/postgres.ts: MIDAD_TEST_POSTGRES_URL or the local one);
// without one it is skipped, and its title says why.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { testPostgresUrl } from "../testing/postgres";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error -- a plain ES module script without types
import { migratePostgres } from "../../scripts/db/migrate-postgres.mjs";

const PG_URL = await testPostgresUrl();
const SEARCH = /^ArticleSearch/;
const IGNORED = (t: string) => t === "_prisma_migrations" || SEARCH.test(t) || t.startsWith("sqlite_");

type Shape = Record<string, { columns: string[]; indexes: string[] }>;

function sqliteShape(): Shape {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "midad-mig-")), "m.db");
  const db = new Database(file);
  const dir = path.resolve("prisma/migrations");
  for (const m of fs.readdirSync(dir).filter((d) => fs.statSync(path.join(dir, d)).isDirectory()).sort()) {
    db.exec(fs.readFileSync(path.join(dir, m, "migration.sql"), "utf8"));
  }
  const shape: Shape = {};
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
  for (const { name } of tables) {
    if (IGNORED(name)) continue;
    const cols = db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; notnull: number; pk: number }[];
    const indexes = db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number; origin: string }[];
    shape[name] = {
      columns: cols.map((c) => `${c.name} ${c.notnull || c.pk ? "required" : "optional"}`).sort(),
      indexes: [
        `pk(${cols.filter((c) => c.pk).sort((a, b) => a.pk - b.pk).map((c) => c.name).join(",")})`,
        ...indexes
          .filter((i) => i.origin !== "pk")
          .map((i) => {
            const on = (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((c) => c.name).join(",");
            return `${i.unique ? "unique" : "index"}(${on})`;
          }),
      ].sort(),
    };
  }
  db.close();
  return shape;
}

async function postgresShape(url: string): Promise<Shape> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const cols = await db.query(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    );
    const idx = await db.query(
      `SELECT t.relname AS table_name, ix.indisunique AS uniq, ix.indisprimary AS pk,
              array_to_string(array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(n, o)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o), ',') AS cols
         FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
        WHERE ns.nspname = 'public'`,
    );
    const shape: Shape = {};
    for (const r of cols.rows) {
      if (IGNORED(r.table_name)) continue;
      (shape[r.table_name] ??= { columns: [], indexes: [] }).columns.push(`${r.column_name} ${r.is_nullable === "NO" ? "required" : "optional"}`);
    }
    for (const r of idx.rows) {
      if (IGNORED(r.table_name)) continue;
      shape[r.table_name]!.indexes.push(`${r.pk ? "pk" : r.uniq ? "unique" : "index"}(${r.cols})`);
    }
    for (const t of Object.values(shape)) {
      t.columns.sort();
      t.indexes.sort();
    }
    return shape;
  } finally {
    await db.end();
  }
}

describe.skipIf(!PG_URL)("migrations: SQLite and PostgreSQL describe the models' one schema (needs a PostgreSQL server: MIDAD_TEST_POSTGRES_URL, or the local one)", () => {
  const admin = new pg.Client({ connectionString: PG_URL });
  const made: string[] = [];
  const freshDatabase = async () => {
    if (!made.length) await admin.connect();
    const name = `midad_migrations_${crypto.randomBytes(4).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${name}`);
    made.push(name);
    const url = new URL(PG_URL!);
    url.pathname = `/${name}`;
    return url.toString();
  };
  afterAll(async () => {
    for (const name of made) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    if (made.length) await admin.end();
  });

  it("the PostgreSQL migrations equal the models, and the SQLite migrations equal them too", async () => {
    const migrated = await freshDatabase();
    await migratePostgres(migrated);

    const fromModels = await freshDatabase();
    const diff = spawnSync(
      path.resolve("node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script", "--config", "prisma.postgres.config.ts"],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: fromModels } },
    );
    expect(diff.status, diff.stderr).toBe(0);
    const db = new pg.Client({ connectionString: fromModels });
    await db.connect();
    await db.query(diff.stdout);
    await db.end();

    const models = await postgresShape(fromModels);
    expect(Object.keys(models).length).toBeGreaterThan(15);
    expect(await postgresShape(migrated)).toEqual(models);
    expect(sqliteShape()).toEqual(models);
  }, 120_000);
});
