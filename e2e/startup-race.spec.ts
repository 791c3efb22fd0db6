import Database from "better-sqlite3";
import { expect, test } from "./support/test";
import { sqlDate } from "./support/db";
import { E2E_PORT } from "./support/env";
import { OwnServer } from "./support/own-server";

// Issue 18: a piece whose time passed while the server was down goes live at start-up.
// Readers polling the lists from the very first moment the server answers must see it
// within a few seconds of its publication, never a list rendered just before it and then
// kept for the list's whole cache lifetime (the home page's is five minutes).
const server = new OwnServer(E2E_PORT + 2);
const BASE = server.base;
const DB_FILE = server.dbFile;

test("lists polled during start-up show a piece published by the start-up scheduler within seconds", async () => {
  test.setTimeout(120_000);
  await server.copyDatabase();
  const copy = new Database(DB_FILE);
  const section = copy.prepare(`SELECT id, slug FROM Section WHERE slug = 'politics'`).get() as { id: number; slug: string };
  const tag = copy.prepare(`SELECT id, slug FROM Tag ORDER BY id LIMIT 1`).get() as { id: number; slug: string };
  const author = copy.prepare(`SELECT id, slug FROM Author ORDER BY id LIMIT 1`).get() as { id: number; slug: string };
  const id = 8_000_000 + Math.floor(Math.random() * 999_999);
  const title = `خبر نشره المجدول عند الإقلاع ${id}`;
  const t = sqlDate(new Date());
  copy
    .prepare(`INSERT INTO Article (id, status, slug, title, bodyHtml, bodyText, sectionId, publishAt, createdAt, updatedAt) VALUES (?, 'scheduled', 'عند-الإقلاع', ?, '<p>نص</p>', 'نص', ?, ?, ?, ?)`)
    .run(id, title, section.id, sqlDate(new Date(Date.now() - 1000)), t, t);
  copy.prepare(`INSERT INTO ArticleTag (articleId, tagId) VALUES (?, ?)`).run(id, tag.id);
  copy.prepare(`INSERT INTO ArticleAuthor (articleId, authorId, position) VALUES (?, ?, 0)`).run(id, author.id);
  copy.close();

  const pages = ["/", `/section/${section.slug}`, `/tag/${encodeURIComponent(tag.slug)}`, `/author/${encodeURIComponent(author.slug)}`, "/feed.xml"];
  server.spawn();
  let polling = true;
  // Readers asking for every list from the first moment the server answers.
  const pollers = pages.map(async (p) => {
    while (polling) {
      await fetch(`${BASE}${p}`).then((r) => r.arrayBuffer(), () => null);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  try {
    const db = new Database(DB_FILE, { readonly: true });
    await expect
      .poll(() => (db.prepare(`SELECT status FROM Article WHERE id = ?`).get(id) as { status: string }).status, { timeout: 60_000, intervals: [50] })
      .toBe("published");
    db.close();
    // The window starts when both have happened: the piece is live and the server answers.
    await expect.poll(() => fetch(`${BASE}/api/health`).then((r) => r.ok, () => false), { timeout: 60_000, intervals: [50] }).toBe(true);
    for (const p of pages) {
      await expect
        .poll(async () => (await (await fetch(`${BASE}${p}`)).text()).includes(title), { timeout: 5_000, message: `${p} shows the piece within 5 s` })
        .toBe(true);
    }
    // …and keeps showing it: no stale copy stored afterwards comes back.
    await new Promise((r) => setTimeout(r, 1500));
    for (const p of pages) expect((await (await fetch(`${BASE}${p}`)).text()).includes(title), `${p} still shows the piece`).toBe(true);
  } finally {
    polling = false;
    await Promise.all(pollers);
    server.stop();
  }
});
