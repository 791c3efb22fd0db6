import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "./support/test";
import { OwnServer } from "./support/own-server";
import { insertArticle } from "./support/db";

// The backup drill (issue 9, "Backups"): back up a running server, change things (a comment
// posted, a piece deleted), restore, and find the site as it was at the backup.

const server = new OwnServer(6213);
test.afterAll(() => server.stop());

const script = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, [`scripts/${name}.mjs`, ...args], {
    env: { ...process.env, DATABASE_URL: `file:${server.dbFile}`, MEDIA_DIR: path.join(server.dir, "media") },
    encoding: "utf8",
  });

function snapshot() {
  const db = new Database(server.dbFile, { readonly: true });
  const counts = Object.fromEntries(
    ["Article", "Comment", "Media", "User", "ArticleRevision"].map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]),
  );
  db.close();
  return counts;
}

test("backup while serving, change, restore: the changes are gone and every count is as before", async () => {
  test.setTimeout(180_000);
  const title = `مادة ستحذف ثم تعود ${Date.now()}`;
  const victim = insertArticle({ title, slug: "مادة-ستعود" });
  const commented = insertArticle({ title: `مادة يعلق عليها بعد النسخ ${Date.now()}` });
  await server.copyDatabase();
  fs.cpSync(path.resolve("data/e2e/media"), path.join(server.dir, "media"), { recursive: true });
  await server.start();
  const pageOf = () => fetch(`${server.base}/${victim}/${encodeURIComponent("مادة-ستعود")}`);
  expect((await pageOf()).status).toBe(200);

  // 1. Backup while the server runs.
  const archive = path.join(server.dir, "drill.tar.gz");
  const made = script("backup", "--out", archive);
  expect(made.status, made.stderr).toBe(0);
  const before = snapshot();

  // 2. Change: a reader comments, a piece is deleted.
  const body = `تعليق بعد النسخة الاحتياطية ${Date.now()}`;
  const posted = await fetch(`${server.base}/api/articles/${commented}/comments`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.base, "x-forwarded-for": "198.51.100.40" },
    body: JSON.stringify({ name: "قارئ النسخ", body }),
  });
  expect(posted.status).toBe(201);
  const db = new Database(server.dbFile);
  db.pragma("foreign_keys = ON");
  db.prepare(`DELETE FROM Article WHERE id = ?`).run(victim);
  db.close();
  const changed = snapshot();
  expect(changed.Article).toBe(before.Article! - 1);
  expect(changed.Comment).toBe(before.Comment! + 1);

  // 3. A restore under a running server is refused and changes nothing.
  const refused = script("restore", archive);
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain("stop the server first");
  expect(snapshot()).toEqual(changed);

  // 4. Stopped: the restore puts the backup back and keeps the replaced files aside.
  await server.stopAndWait();
  const restored = script("restore", archive);
  expect(restored.status, restored.stderr).toBe(0);
  expect(snapshot()).toEqual(before);
  const aside = fs.readdirSync(server.dir).filter((d) => d.startsWith("replaced-"));
  expect(aside).toHaveLength(1);
  const old = new Database(path.join(server.dir, aside[0]!, "midad.db"), { readonly: true });
  expect((old.prepare(`SELECT COUNT(*) AS n FROM Comment WHERE body = ?`).get(body) as { n: number }).n).toBe(1);
  old.close();

  // 5. The site as it was: the piece is back, the later comment is not.
  await server.start();
  expect((await pageOf()).status).toBe(200);
  const now = new Database(server.dbFile, { readonly: true });
  expect((now.prepare(`SELECT COUNT(*) AS n FROM Comment WHERE body = ?`).get(body) as { n: number }).n).toBe(0);
  now.close();
  expect(fs.existsSync(path.join(server.dir, "media", "demo", "photo-culture-0.jpg"))).toBe(true);

  // A damaged archive is refused before anything is replaced.
  await server.stopAndWait();
  const bad = path.join(server.dir, "bad.tar.gz");
  fs.writeFileSync(bad, fs.readFileSync(archive).subarray(0, 2000));
  expect(script("restore", bad).status).not.toBe(0);
  expect(snapshot()).toEqual(before);
});
