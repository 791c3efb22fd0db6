// npm run backup [-- --out FILE]: one archive (tar.gz) holding a consistent copy of the
// database (SQLite, or PostgreSQL through pg_dump: scripts/backup-postgres.mjs), the uploaded
// media and a manifest (engine, time, schema migration, row counts, checksum).
// Safe while the server runs: the copy is one read transaction (VACUUM INTO), which in WAL mode
// neither blocks nor waits for writers. Media files are immutable (every upload gets a new name),
// and they are copied after the database, so every image the copy refers to is in the archive.
// Not included: the resized-image cache (rebuilt on demand) and data/.auth-secret (keep
// AUTH_SECRET with your other secrets). See README, "Backups".
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import * as tar from "tar";
import { DB_ENTRY, describeDatabase, describeFolder, FORMAT, MANIFEST_ENTRY, MEDIA_ENTRY, sha256File, targets } from "./backup-format.mjs";
import { dumpPostgres } from "./backup-postgres.mjs";

process.chdir(path.resolve(import.meta.dirname, ".."));
const arg = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const target = targets();
const { engine, dbFile, mediaDir } = target;
if (engine === "sqlite" && !fs.existsSync(dbFile)) {
  console.error(`✗ No database at ${dbFile}`);
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const out = path.resolve(arg("--out") ?? path.join(dbFile ? path.dirname(dbFile) : path.dirname(mediaDir), "backups", `midad-${stamp}.tar.gz`));
fs.mkdirSync(path.dirname(out), { recursive: true });

const staging = fs.mkdtempSync(path.join(os.tmpdir(), "midad-backup-"));
try {
  const started = Date.now();
  let copy, schemaMigration, counts;
  if (engine === "postgresql") ({ file: copy, schemaMigration, counts } = await dumpPostgres(target.url, staging));
  else {
    copy = path.join(staging, DB_ENTRY);
    const live = new Database(dbFile, { fileMustExist: true });
    live.pragma("busy_timeout = 10000");
    live.prepare("VACUUM INTO ?").run(copy);
    live.close();

    const snap = new Database(copy, { readonly: true });
    const integrity = snap.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`the copy failed its integrity check: ${integrity}`);
    ({ schemaMigration, counts } = describeDatabase(snap));
    snap.close();
  }

  // The archive's media entry is a link to the live folder, packed as the files it points to.
  if (fs.existsSync(mediaDir)) fs.symlinkSync(mediaDir, path.join(staging, MEDIA_ENTRY), "dir");
  else fs.mkdirSync(path.join(staging, MEDIA_ENTRY));
  const manifest = {
    format: FORMAT,
    engine,
    createdAt: new Date().toISOString(),
    host: os.hostname(),
    schemaMigration,
    database: { file: path.basename(copy), bytes: fs.statSync(copy).size, sha256: sha256File(copy) },
    counts,
    media: describeFolder(mediaDir),
  };
  fs.writeFileSync(path.join(staging, MANIFEST_ENTRY), JSON.stringify(manifest, null, 2));

  const tmpOut = `${out}.partial`;
  await tar.create({ gzip: true, file: tmpOut, cwd: staging, follow: true, portable: true, filter: (p) => !/\.tmp\d*$/.test(p) }, [MANIFEST_ENTRY, path.basename(copy), MEDIA_ENTRY]);
  fs.renameSync(tmpOut, out);
  console.log(
    `• Backup written (${engine}): ${out}\n  ${(fs.statSync(out).size / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s; schema ${schemaMigration}; ` +
      `${counts.Article ?? 0} pieces, ${counts.Comment ?? 0} comments, ${manifest.media.files} media files`,
  );
} catch (e) {
  console.error(`✗ Backup failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
