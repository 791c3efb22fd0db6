import Database from "better-sqlite3";
import { expect, test } from "./support/test";
import { OwnServer } from "./support/own-server";
import { insertArticle } from "./support/db";

// The kill -9 guarantee (issue 9, "Durability"): a comment the server acknowledged (2xx) is on
// disk, even if the whole server is killed the next instant. SQLite runs in WAL mode with
// synchronous=FULL (lib/sqlite/adapter.ts, decision 097): every commit is fsynced before the
// handler answers. The server gets its own process group, killed with SIGKILL under load.

const server = new OwnServer(6214, {}, { detached: true });
test.afterAll(() => server.stop("SIGKILL"));

test("every acknowledged comment survives kill -9 of the server under load", async () => {
  test.setTimeout(180_000);
  const articleId = insertArticle({ title: `مادة لاختبار المتانة ${Date.now()}` });
  await server.copyDatabase();
  await server.start();

  const db = new Database(server.dbFile, { readonly: true });
  expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
  db.close();

  const acked: string[] = [];
  let failed = 0;
  let killed = false;
  const TOTAL = 200;
  const post = async (i: number) => {
    const body = `تعليق تحت الضغط رقم ${i} ${Date.now()}`;
    try {
      const res = await fetch(`${server.base}/api/articles/${articleId}/comments`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.base, "x-forwarded-for": `10.77.${i >> 8}.${i & 255}` },
        body: JSON.stringify({ name: "قارئ المتانة", body }),
      });
      if (res.status >= 200 && res.status < 300) acked.push(body);
      else failed++;
    } catch {
      failed++; // cut off by the kill: not acknowledged, may or may not be stored
    }
  };
  // 20 at a time; the server's process group is killed once 60 posts were acknowledged,
  // while the rest are in flight.
  let next = 0;
  const worker = async () => {
    while (next < TOTAL) {
      const i = next++;
      await post(i);
      if (!killed && acked.length >= 60) {
        killed = true;
        await server.stopAndWait("SIGKILL");
      }
    }
  };
  await Promise.all(Array.from({ length: 20 }, worker));
  expect(killed).toBe(true);
  expect(acked.length).toBeGreaterThanOrEqual(60);
  expect(failed).toBeGreaterThan(0); // the kill really happened mid-load

  // Restart on the same files: SQLite recovers from its log, the server starts.
  await server.start();
  expect((await fetch(`${server.base}/api/health`)).ok).toBe(true);
  await server.stopAndWait();

  const after = new Database(server.dbFile, { readonly: true });
  const stored = new Set(
    (after.prepare(`SELECT body FROM Comment WHERE articleId = ?`).all(articleId) as { body: string }[]).map((r) => r.body),
  );
  after.close();
  const lost = acked.filter((b) => !stored.has(b));
  expect(lost).toEqual([]);
});
