// npm run restore -- FILE [--yes]: put a backup (npm run backup) back in place of the database
// and the media. Stop the server first: the restore refuses while any process has the
// database open. The replaced database and media are kept aside in data/replaced-<time>/,
// never deleted. A backup made by a newer version of Midad (a migration this code does not
// know) is refused; an older one is brought up to date by the next `npm start`.
// With DATABASE_URL=postgresql://… the archive's pg_dump goes into a new database of that name
// and the replaced one is renamed <name>_replaced_<time> (scripts/backup-postgres.mjs).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import * as tar from "tar";
import { DB_ENTRY, describeDatabase, describeFolder, FORMAT, MANIFEST_ENTRY, MEDIA_ENTRY, PG_DB_ENTRY, sha256File, targets } from "./backup-format.mjs";
import { restorePostgres } from "./backup-postgres.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
const stop = (msg) => {
  console.error(`✗ ${msg}`);
  process.exit(1);
};
const refuse = (msg) => {
  throw new Error(msg);
};
if (!file) stop("Usage: npm run restore -- <backup.tar.gz>");
if (!fs.existsSync(file)) stop(`No such file: ${file}`);

const target = targets();
const { engine, dbFile, mediaDir } = target;

/** Processes (of this user) holding the database open, from /proc (Linux). */
function holders(target) {
  if (!fs.existsSync("/proc/self/fd")) return null;
  const names = new Set([target, `${target}-wal`, `${target}-shm`]);
  const found = [];
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)) {
    let fds = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or gone
    }
    for (const fd of fds) {
      let link = "";
      try {
        link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (names.has(link)) {
        let cmd = "";
        try {
          cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
        } catch {}
        found.push(`${pid} ${cmd}`.slice(0, 160));
        break;
      }
    }
  }
  return found;
}

if (engine === "sqlite") {
  const open = fs.existsSync(dbFile) ? holders(fs.realpathSync(dbFile)) : [];
  if (open === null) console.warn("! Cannot see other processes here: make sure the server is stopped.");
  else if (open.length) stop(`The database is in use; stop the server first (npm start / the service), then restore.\n  ${open.join("\n  ")}`);
}

// Next to what it replaces, so moving it into place is a rename.
const home = dbFile ? path.dirname(dbFile) : path.dirname(mediaDir);
fs.mkdirSync(home, { recursive: true });
const staging = fs.mkdtempSync(path.join(home, ".restore-"));
try {
  await tar.extract({ file, cwd: staging, strict: true, preservePaths: false });
  const manifestFile = path.join(staging, MANIFEST_ENTRY);
  if (!fs.existsSync(manifestFile)) refuse("Not a Midad backup: the archive has no manifest.json.");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  if (manifest.format !== FORMAT) refuse(`Unknown backup format ${JSON.stringify(manifest.format)} (expected ${FORMAT}).`);
  const archived = manifest.engine ?? "sqlite";
  if (archived !== engine) refuse(`The backup holds a ${archived} database but DATABASE_URL names ${engine}; restore it with DATABASE_URL set to a ${archived} database.`);
  const copy = path.join(staging, engine === "postgresql" ? PG_DB_ENTRY : DB_ENTRY);
  if (!fs.existsSync(copy) || sha256File(copy) !== manifest.database?.sha256) refuse("The database in the archive does not match its manifest (damaged or altered archive).");
  const known = fs.readdirSync(path.join(root, "prisma", ...(engine === "postgresql" ? ["postgres"] : []), "migrations"));
  if (manifest.schemaMigration && !known.includes(manifest.schemaMigration)) {
    refuse(`The backup was made by a newer version of Midad (migration ${manifest.schemaMigration} is unknown here). Update the code first.`);
  }
  let counts = manifest.counts;
  if (engine === "sqlite") {
    const snap = new Database(copy, { readonly: true });
    counts = describeDatabase(snap).counts;
    const integrity = snap.pragma("integrity_check", { simple: true });
    snap.close();
    if (integrity !== "ok") refuse(`The database in the archive fails its integrity check: ${integrity}`);
    const differing = Object.keys({ ...counts, ...manifest.counts }).filter((t) => counts[t] !== manifest.counts[t]);
    if (differing.length) refuse(`Row counts differ from the manifest in: ${differing.join(", ")}`);
  }
  const media = describeFolder(path.join(staging, MEDIA_ENTRY));
  if (media.files !== manifest.media.files || media.bytes !== manifest.media.bytes) refuse("The media in the archive do not match the manifest.");

  // Keep what is replaced.
  const aside = path.join(home, `replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`);
  fs.mkdirSync(aside, { recursive: true });
  let replacedDatabase = aside;
  if (engine === "postgresql") {
    // Checked against the manifest's counts inside; on failure the old database keeps its name.
    const r = await restorePostgres(target.url, copy, manifest.counts);
    replacedDatabase = r.aside ? `the database ${r.aside}` : "(no database was there)";
  } else {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) {
      if (fs.existsSync(dbFile + suffix)) fs.renameSync(dbFile + suffix, path.join(aside, path.basename(dbFile) + suffix));
    }
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    fs.renameSync(copy, dbFile);
  }
  if (fs.existsSync(mediaDir)) fs.renameSync(mediaDir, path.join(aside, "media"));
  fs.mkdirSync(path.dirname(mediaDir), { recursive: true });
  fs.renameSync(path.join(staging, MEDIA_ENTRY), mediaDir);
  console.log(
    `• Restored the ${engine} backup of ${manifest.createdAt} (schema ${manifest.schemaMigration}): ` +
      `${counts.Article ?? 0} pieces, ${counts.Comment ?? 0} comments, ${media.files} media files.\n` +
      `  Kept aside: ${replacedDatabase === aside ? "the replaced database and media in " + aside : `${replacedDatabase}; the replaced media in ${aside}`}\n  Start the server again (npm start).`,
  );
} catch (e) {
  console.error(`✗ ${e.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
