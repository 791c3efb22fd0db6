// npm run db:reset: delete the embedded database and its media, then create and seed it anew.
import fs from "node:fs";
import path from "node:path";
import { baseEnv, prepareDatabase, root, sqliteFile } from "./lib.mjs";

const env = baseEnv();
const file = sqliteFile(env.DATABASE_URL);
if (!file) {
  console.error("db:reset only handles the embedded SQLite database.");
  process.exit(1);
}
for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
fs.rmSync(path.resolve(root, process.env.MEDIA_DIR ?? "data/media", "demo"), { recursive: true, force: true });
console.log(`• Removed ${path.relative(root, file)}`);
prepareDatabase(env, process.argv.slice(2));
