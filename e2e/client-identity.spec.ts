import Database from "better-sqlite3";
import { expect, test } from "./support/test";
import { insertArticle } from "./support/db";
import { E2E_PORT } from "./support/env";
import { OwnServer } from "./support/own-server";

// Issue 9, finding 3: a client cannot choose its own identity. With no trusted proxy
// configured (the default) X-Forwarded-For is ignored: changing it neither escapes the
// comment rate limit nor the duplicate check. The shared test server plays a trusted proxy
// on loopback (TRUST_PROXY=loopback); there, only the address the proxy appended counts.
const server = new OwnServer(E2E_PORT + 3, { TRUST_PROXY: undefined });

test.describe("no trusted proxy (the default)", () => {
  test.beforeAll(async () => {
    await server.copyDatabase();
    await server.start();
  });
  test.afterAll(() => server.stop());

  test("forging X-Forwarded-For dodges neither the comment rate limit nor the duplicate check", async () => {
    // Any published piece of the server's own copy of the database.
    const db = new Database(server.dbFile, { readonly: true });
    const article = db.prepare(`SELECT id FROM Article WHERE status = 'published' ORDER BY id DESC LIMIT 1`).get() as { id: number };
    db.close();
    let n = 0;
    const post = (body: string) =>
      fetch(`${server.base}/api/articles/${article.id}/comments`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${++n}`, "x-real-ip": `203.0.113.${n}` },
        body: JSON.stringify({ name: "متنكر", body }),
      });
    expect((await post("تعليق أول من عنوان مزعوم")).status).toBe(201);
    // The same text again from a "different" address is still a duplicate of this client's.
    expect((await post("تعليق أول من عنوان مزعوم")).status).toBe(409);
    expect((await post("تعليق ثان من عنوان مزعوم")).status).toBe(201);
    const fourth = await post("تعليق ثالث من عنوان مزعوم");
    expect(fourth.status).toBe(429);
    expect((await fourth.json()).message).toMatch(/[\u0600-\u06FF]/);
  });
});

test("behind the trusted proxy, only the address it appended counts, not what the client put before it", async ({ request }) => {
  const id = insertArticle({ title: "خبر لاختبار الوكيل الموثوق" });
  const real = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
  let n = 0;
  const post = (body: string) =>
    request.post(`/api/articles/${id}/comments`, { data: { name: "قارئ", body }, headers: { "x-forwarded-for": `10.9.9.${++n}, ${real}` } });
  expect((await post("أول")).status()).toBe(201);
  expect((await post("ثان")).status()).toBe(201);
  expect((await post("ثالث")).status()).toBe(201);
  expect((await post("رابع")).status()).toBe(429);
});
