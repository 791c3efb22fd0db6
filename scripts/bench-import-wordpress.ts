// npm run bench:import -- [posts=5000] — import throughput on a fresh database.
// Generates a synthetic export (scripts/wxr-generate.ts), imports it into a database built
// from the migrations, prints items/s and peak memory, then imports it again (the re-run
// that finds nothing changed). SQLite by default; with DATABASE_URL=postgresql://… it makes
// (and drops at the end) its own database midad_import_bench_* on that server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { generateWxr } from "./wxr-generate";

// Batches are meant to take a while: only really slow statements are worth a log line here.
process.env.SLOW_QUERY_MS ??= "5000";

const posts = Number(process.argv[2] ?? 5000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midad-bench-import-"));
const file = path.join(dir, "export.xml");
const server = /^postgres(ql)?:/i.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : null;
const pgName = `midad_import_bench_${crypto.randomBytes(4).toString("hex")}`;
async function pgAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: server! });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
if (server) {
  await pgAdmin((c) => c.query(`CREATE DATABASE ${pgName}`));
  const u = new URL(server);
  u.pathname = `/${pgName}`;
  // @ts-expect-error -- a plain ES module script without types
  const { migratePostgres } = (await import("./db/migrate-postgres.mjs")) as { migratePostgres(url: string): Promise<void> };
  await migratePostgres(u.toString());
  process.env.DATABASE_URL = u.toString();
} else {
  const dbFile = path.join(dir, "midad.db");
  const raw = new Database(dbFile);
  const migrations = path.resolve("prisma/migrations");
  for (const m of fs.readdirSync(migrations).filter((d) => fs.statSync(path.join(migrations, d)).isDirectory()).sort()) {
    raw.exec(fs.readFileSync(path.join(migrations, m, "migration.sql"), "utf8"));
  }
  raw.close();
  process.env.DATABASE_URL = `file:${dbFile}`;
}
process.env.MEDIA_DIR = path.join(dir, "media");
process.env.AUTH_SECRET ??= "bench-secret-0123456789abcdef0123456789";

await generateWxr(file, posts, 3);
const size = fs.statSync(file).size;
const { importWordPress } = await import("../lib/import/wordpress/importer");
for (const label of ["first run", "re-run (nothing changed)"]) {
  const t0 = performance.now();
  const { report } = await importWordPress({ file, uploads: null, dryRun: false, siteUrl: null, reportFile: null, progress: null, timeZone: "Asia/Baghdad" });
  const secs = (performance.now() - t0) / 1000;
  const items = posts * 4; // each post and its three comments
  console.log(
    `${server ? "PostgreSQL" : "SQLite"}, ${label}: ${posts} posts + ${posts * 3} comments (${(size / 1e6).toFixed(1)} MB) in ${secs.toFixed(1)} s → ${(posts / secs).toFixed(0)} posts/s, ${(items / secs).toFixed(0)} items/s; ` +
      `imported ${report.counts.imported}, unchanged ${report.counts.unchanged}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}
const { db } = await import("../lib/db");
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
if (server) await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`));
// Ends the process even when a PostgreSQL pool still holds idle connections.
process.exit(0);
