import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { testPostgresUrl } from "@/lib/testing/postgres";

// The backup drill on PostgreSQL (decision 100): back up, change things, restore, and find the
// database and the media as they were at the backup; the replaced database is kept, renamed.
const PG_URL = await testPostgresUrl();

const run = (script: string, env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [`scripts/${script}.mjs`, ...args], { env: { ...process.env, ...env }, encoding: "utf8" });

describe("npm run backup / restore on PostgreSQL", () => {
  it.skipIf(!PG_URL)("restores rows and media as they were, keeps the replaced database, and refuses while the database is in use (needs a server: MIDAD_TEST_POSTGRES_URL, or the local one)", async () => {
    const name = `midad_backup_${crypto.randomBytes(4).toString("hex")}`;
    const u = new URL(PG_URL!);
    u.pathname = `/${name}`;
    const url = u.toString();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midad-pg-backup-"));
    const media = path.join(dir, "media");
    fs.mkdirSync(path.join(media, "2026/12"), { recursive: true });
    fs.writeFileSync(path.join(media, "2026/12/a.jpg"), "صورة");
    const env = { DATABASE_URL: url, MEDIA_DIR: media };
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    let aside: string | undefined;
    try {
      await admin.query(`CREATE DATABASE ${name}`);
      // @ts-expect-error -- a plain ES module script without types
      const { migratePostgres } = (await import("./db/migrate-postgres.mjs")) as { migratePostgres(url: string): Promise<void> };
      await migratePostgres(url);
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      await db.query(`INSERT INTO "Section" (slug, name, "updatedAt") VALUES ('politics', 'سياسة', now()), ('economy', 'اقتصاد', now())`);
      await db.end();

      const archive = path.join(dir, "b.tar.gz");
      const made = run("backup", env, "--out", archive);
      expect(made.status, made.stderr).toBe(0);
      expect(made.stdout).toContain("postgresql");

      // After the backup: a section renamed, one added, one picture added.
      const later = new pg.Client({ connectionString: url });
      await later.connect();
      await later.query(`UPDATE "Section" SET name = 'سياسة محلية' WHERE slug = 'politics'`);
      await later.query(`INSERT INTO "Section" (slug, name, "updatedAt") VALUES ('sport', 'رياضة', now())`);
      fs.writeFileSync(path.join(media, "2026/12/b.jpg"), "صورة أخرى");

      // An open connection (a running instance) stops the restore, and nothing changes.
      const busy = run("restore", env, archive);
      expect(busy.status).toBe(1);
      expect(busy.stderr).toContain("in use");
      expect((await later.query(`SELECT count(*)::int AS n FROM "Section"`)).rows[0].n).toBe(3);
      await later.end();

      const restored = run("restore", env, archive);
      expect(restored.status, restored.stderr).toBe(0);
      const after = new pg.Client({ connectionString: url });
      await after.connect();
      const sections = (await after.query(`SELECT slug, name FROM "Section" ORDER BY slug`)).rows;
      const migrations = (await after.query(`SELECT count(*)::int AS n FROM _prisma_migrations`)).rows[0].n;
      // The sequences come back too: the next section gets a fresh id.
      await after.query(`INSERT INTO "Section" (slug, name, "updatedAt") VALUES ('culture', 'ثقافة', now())`);
      await after.end();
      expect(sections).toEqual([
        { slug: "economy", name: "اقتصاد" },
        { slug: "politics", name: "سياسة" },
      ]);
      expect(migrations).toBe(fs.readdirSync("prisma/postgres/migrations").filter((f) => /^\d/.test(f)).length);
      expect(fs.readdirSync(path.join(media, "2026/12")).sort()).toEqual(["a.jpg"]);

      aside = (await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${name}_replaced_%`])).rows[0]?.datname;
      expect(aside, "the replaced database is kept under another name").toBeDefined();
      const old = new URL(PG_URL!);
      old.pathname = `/${aside}`;
      const kept = new pg.Client({ connectionString: old.toString() });
      await kept.connect();
      expect((await kept.query(`SELECT count(*)::int AS n FROM "Section"`)).rows[0].n).toBe(3);
      await kept.end();
    } finally {
      for (const d of [name, aside]) if (d) await admin.query(`DROP DATABASE IF EXISTS "${d}" WITH (FORCE)`);
      await admin.end();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
