// npm run db:reset: delete the embedded database and its media, then create and seed it anew.
// On PostgreSQL it drops the database named in DATABASE_URL (only with --yes-drop-database:
// that is a production database more often than not), then migrates and seeds it again.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { baseEnv, prepareDatabase, root, sqliteFile } from "./lib.mjs";

const env = baseEnv();
const file = sqliteFile(env.DATABASE_URL);
if (!file && /^postgres(ql)?:/.test(env.DATABASE_URL)) {
  const args = process.argv.slice(2);
  const target = new URL(env.DATABASE_URL);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!args.includes("--yes-drop-database")) {
    console.error(`db:reset would drop the PostgreSQL database "${name}" and everything in it. Run it again with --yes-drop-database to do that.`);
    process.exit(1);
  }
  const admin = new URL(env.DATABASE_URL);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  await client.end();
  console.log(`• Dropped the PostgreSQL database ${name}`);
  prepareDatabase(env, [...args.filter((a) => a !== "--yes-drop-database"), "--demo-content"]);
  process.exit(0);
}
if (!file) {
  console.error("db:reset handles the embedded SQLite database and PostgreSQL (DATABASE_URL=postgresql://…).");
  process.exit(1);
}
for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
fs.rmSync(path.resolve(root, process.env.MEDIA_DIR ?? "data/media", "demo"), { recursive: true, force: true });
console.log(`• Removed ${path.relative(root, file)}`);
prepareDatabase(env, process.argv.slice(2));
