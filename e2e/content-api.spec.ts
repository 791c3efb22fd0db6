import crypto from "node:crypto";
import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { APIRequestContext } from "@playwright/test";
import { loginAs } from "./support/auth";
import { insertArticle, sqlDate, testDb } from "./support/db";
import { rawRequest } from "./support/raw-http";
import { publishArticle } from "./support/search-index";
import { expect, test } from "./support/test";

// The content API (issue 16) as a consumer meets it, against the production server: keys
// (missing, wrong, revoked, allowed origins, the per-key limit), 304s, answers that validate
// against the published OpenAPI document, and the admins' keys screen at phone width.

/** A live key straight in the database (the screen itself is tested below). */
function makeKey(name: string, origins: string[] = []): string {
  const secret = `midad_${crypto.randomBytes(32).toString("base64url")}`;
  testDb()
    .prepare(`INSERT INTO ApiKey (name, prefix, secretHash, origins, createdAt) VALUES (?, ?, ?, ?, ?)`)
    .run(name, secret.slice(0, 12), crypto.createHash("sha256").update(secret).digest("hex"), origins.join("\n"), sqlDate(new Date()));
  return secret;
}
const auth = (key: string, extra: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${key}`, ...extra } });

test("without a valid key: 401 in Arabic and English, no content, not cacheable", async ({ request }) => {
  const tries: Record<string, string>[] = [{}, { authorization: "Bearer nope" }, { "x-api-key": `midad_${"A".repeat(43)}` }];
  for (const headers of tries) {
    const res = await request.get("/api/v1/articles", { headers });
    expect(res.status()).toBe(401);
    expect(res.headers()["cache-control"]).toBe("no-store");
    expect(res.headers()["www-authenticate"]).toContain("Bearer");
    const body = await res.json();
    expect(body.code).toBe("unauthorized");
    expect(body.message).toMatch(/[\u0600-\u06ff]{3}/);
    expect(body.message_en).toMatch(/key/i);
    expect(body.data).toBeUndefined();
  }
});

test("published pieces only: a draft, a scheduled and an archived piece are neither listed nor found", async ({ request }) => {
  const key = makeKey("رؤية");
  const tag = `e2e-${Date.now().toString(36)}`;
  const shown = insertArticle({ title: `منشور ${tag}` });
  const hidden = [
    insertArticle({ title: `مسودة ${tag}`, status: "draft" }),
    insertArticle({ title: `مجدول ${tag}`, status: "scheduled", publishAt: new Date(Date.now() + 3600_000) }),
    insertArticle({ title: `مؤرشف ${tag}`, status: "archived", publishedAt: new Date(Date.now() - 3600_000) }),
  ];
  const list = await (await request.get("/api/v1/articles?limit=50", auth(key))).json();
  const ids = list.data.map((a: { id: number }) => a.id);
  expect(ids).toContain(shown);
  for (const id of hidden) {
    expect(ids).not.toContain(id);
    expect((await request.get(`/api/v1/articles/${id}`, auth(key))).status()).toBe(404);
  }
  const one = await request.get(`/api/v1/articles/${shown}`, auth(key));
  expect(one.status()).toBe(200);
  const a = (await one.json()).data;
  expect(a.title).toBe(`منشور ${tag}`);
  expect(a.published_at).toMatch(/\+03:00$/);
  expect(a.url).toMatch(new RegExp(`/${shown}/`));
  expect((await request.get(a.url.replace(/^https?:\/\/[^/]+/, ""))).status()).toBe(200);
});

test("text search (q) finds published pieces only, even when the index still holds an archived one", async ({ request }) => {
  const key = makeKey("بحث");
  const word = `زبرجد${Date.now().toString(36).replace(/\d/g, "")}`;
  const shown = insertArticle({ title: `خبر عن ${word} في بغداد`, status: "draft" });
  publishArticle(shown);
  const gone = insertArticle({ title: `خبر قديم عن ${word}`, status: "draft" });
  publishArticle(gone);
  // Archived behind the index's back: the API must still leave it out.
  testDb().prepare(`UPDATE Article SET status = 'archived' WHERE id = ?`).run(gone);
  const body = await (await request.get(`/api/v1/articles?q=${encodeURIComponent(word)}`, auth(key))).json();
  expect(body.data.map((a: { id: number }) => a.id)).toEqual([shown]);
  const inSport = await (await request.get(`/api/v1/articles?q=${encodeURIComponent(word)}&section=sports`, auth(key))).json();
  expect(inSport.data).toEqual([]);
  const mixed = await request.get(`/api/v1/articles?q=${encodeURIComponent(word)}&tag=x`, auth(key));
  expect(mixed.status()).toBe(400);
  expect((await mixed.json()).fields).toHaveProperty("tag");
});

test("unchanged answers are 304s by ETag and Last-Modified; answers carry cache and rate headers", async ({ request }) => {
  const key = makeKey("مخبأ");
  const id = insertArticle({ title: `مقال المخبأ ${Date.now()}` });
  const first = await request.get(`/api/v1/articles/${id}`, auth(key));
  const h = first.headers();
  expect(h["cache-control"]).toContain("s-maxage=");
  expect(h["xkey"]).toBe(`all article:${id}`);
  expect(h["vary"]).toContain("Authorization");
  expect(Number(h["ratelimit-limit"])).toBeGreaterThan(0);
  const again = await request.get(`/api/v1/articles/${id}`, auth(key, { "if-none-match": h["etag"]! }));
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  expect((await request.get(`/api/v1/articles/${id}`, auth(key, { "if-modified-since": h["last-modified"]! }))).status()).toBe(304);
  const list = await request.get("/api/v1/sections", auth(key));
  expect((await request.get("/api/v1/sections", auth(key, { "if-none-match": list.headers()["etag"]! }))).status()).toBe(304);
});

test("bad parameters are 400s naming the field; unknown ids 404; odd input never a 5xx", async ({ request }) => {
  const key = makeKey("معاملات");
  const bad = await request.get("/api/v1/articles?limit=500", auth(key));
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fields).toHaveProperty("limit");
  expect((await request.get("/api/v1/articles/2147483647", auth(key))).status()).toBe(404);
  expect((await request.get("/api/v1/authors/no-such-author", auth(key))).status()).toBe(404);
  for (const q of ["cursor=%00", "q=%F0%9F%98%80%E2%80%AE", "updated_since=2026-02-31T00:00:00Z", "fields=", "section=%D8%A7", "q=" + "ا".repeat(5000)]) {
    expect((await request.get(`/api/v1/articles?${q}`, auth(key))).status(), q).toBeLessThan(500);
  }
});

test("browsers: a key with allowed origins works only from them", async ({ request }) => {
  const key = makeKey("موقع شريك", ["https://partner.example"]);
  const ok = await request.get("/api/v1/sections", auth(key, { origin: "https://partner.example" }));
  expect(ok.status()).toBe(200);
  expect(ok.headers()["access-control-allow-origin"]).toBe("https://partner.example");
  const other = await request.get("/api/v1/sections", auth(key, { origin: "https://evil.example" }));
  expect(other.status()).toBe(403);
  expect((await other.json()).code).toBe("forbidden_origin");
  // A server-only key (no origins) refuses every browser page.
  expect((await request.get("/api/v1/sections", auth(makeKey("خادم"), { origin: "https://partner.example" }))).status()).toBe(403);
  const pre = await request.fetch("/api/v1/sections", { method: "OPTIONS", headers: { origin: "https://partner.example", "access-control-request-headers": "authorization" } });
  expect(pre.status()).toBe(204);
  expect(pre.headers()["access-control-allow-headers"]).toContain("Authorization");
});

test("the per-key rate limit: RateLimit-* count down, then 429 with Retry-After; another key is not affected", async ({ request }) => {
  test.setTimeout(120_000);
  const key = makeKey("محدود");
  const first = await request.get("/api/v1/sections", auth(key));
  const limit = Number(first.headers()["ratelimit-limit"]);
  expect(Number(first.headers()["ratelimit-remaining"])).toBe(limit - 1);
  let last = first;
  for (let i = 1; i < limit + 1 && last.status() !== 429; i++) last = await request.get("/api/v1/sections", auth(key));
  expect(last.status()).toBe(429);
  expect(Number(last.headers()["retry-after"])).toBeGreaterThan(0);
  expect(last.headers()["ratelimit-remaining"]).toBe("0");
  expect((await last.json()).message_en).toMatch(/rate limit/i);
  expect((await request.get("/api/v1/sections", auth(makeKey("آخر")))).status()).toBe(200);
});

async function validateAll(request: APIRequestContext, key: string) {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const article = (await (await request.get("/api/v1/articles?limit=1", auth(key))).json()).data[0];
  const author = testDb().prepare(`SELECT slug FROM Author ORDER BY id LIMIT 1`).get() as { slug: string };
  const checked: string[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>)) {
    const url = `/api/v1${path.replace("{id}", String(article.id)).replace("{slug}", encodeURIComponent(author.slug))}`;
    const res = await request.get(url, auth(key));
    expect(res.status(), url).toBe(200);
    const validate = ajv.compile(item.get.responses["200"]!.content!["application/json"]!.schema);
    const body = await res.json();
    expect(validate(body) ? null : { url, errors: validate.errors?.slice(0, 3) }).toBeNull();
    checked.push(path);
  }
  return { doc, checked };
}

test("contract: every resource's answer validates against the OpenAPI document, errors too", async ({ request }) => {
  const key = makeKey("عقد");
  insertArticle({ title: `مقال العقد ${Date.now()}`, bodyHtml: `<h2>عنوان</h2><p>نص <a href="https://example.com">رابط</a></p><ul><li>بند</li></ul><hr>` });
  const { doc, checked } = await validateAll(request, key);
  expect(checked).toEqual(expect.arrayContaining(["/articles", "/articles/{id}", "/sections", "/tags", "/authors", "/authors/{slug}", "/supplements", "/latest", "/most-read", "/home"]));
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  const error = ajv.compile(doc.components.schemas.Error);
  for (const res of [await request.get("/api/v1/articles"), await request.get("/api/v1/articles?limit=x", auth(key)), await request.get("/api/v1/articles/999999999", auth(key))]) {
    expect(error(await res.json())).toBe(true);
  }
});

test("admin keys screen at 360 px: create (secret shown once), use, revoke; audited; editors cannot see it", async ({ page, browser }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await loginAs(page, "admin");
  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { level: 1, name: "مفاتيح الواجهة البرمجية" })).toBeVisible();
  const name = `تطبيق الهاتف ${Date.now().toString(36)}`;
  await page.getByLabel("اسم المفتاح").fill(name);
  await page.getByRole("button", { name: "أنشئ المفتاح" }).click();
  const secret = (await page.getByTestId("api-key-secret").textContent())!.trim();
  expect(secret).toMatch(/^midad_[A-Za-z0-9_-]{43}$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect((await page.request.get("/api/v1/sections", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(200);

  await page.reload();
  await expect(page.getByTestId("api-key-secret")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(row).not.toContainText("لم يُستعمل بعد");
  await row.getByRole("button", { name: `ألغِ المفتاح ${name}` }).click();
  await page.getByRole("button", { name: "تراجع" }).click();
  expect((await page.request.get("/api/v1/sections", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(200);
  await row.getByRole("button", { name: `ألغِ المفتاح ${name}` }).click();
  await page.getByRole("button", { name: "نعم، ألغِ المفتاح" }).click();
  await expect(row.getByRole("cell", { name: /الحالة: أُلغي/ })).toBeVisible();
  await expect(row.getByRole("button", { name: `ألغِ المفتاح ${name}` })).toHaveCount(0);
  expect((await page.request.get("/api/v1/sections", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);

  await page.goto("/admin/audit");
  await expect(page.getByText(`أنشأ مفتاح الواجهة البرمجية «${name}»`)).toBeVisible();
  await expect(page.getByText(`ألغى مفتاح الواجهة البرمجية «${name}»`)).toBeVisible();

  await page.goto("/admin/api-keys/reference");
  await expect(page.getByRole("heading", { name: "GET /api/v1/articles", exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  const context = await browser.newContext();
  const editorPage = await context.newPage();
  await loginAs(editorPage, "editor");
  const res = await editorPage.goto("/admin/api-keys");
  expect(res?.status()).toBe(404);
  await context.close();
});

test("fuzz over HTTP: every parameter of every resource, raw escapes included, never a 5xx", async () => {
  test.setTimeout(10 * 60_000);
  // A fresh key every 500 requests: the per-key limit (600 a minute) must not answer for the parameters.
  let used = 0;
  let key = makeKey("فحص عشوائي");
  const keyFor = () => (++used % 500 === 0 ? (key = makeKey("فحص عشوائي")) : key);
  const cases = Number(process.env.FUZZ_CASES ?? 300);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  const value = fc.oneof(
    fc.string({ maxLength: 40 }).map(encodeURIComponent),
    fc.string({ unit: "binary", maxLength: 12 }).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "x"))),
    fc.constantFrom("%", "%ZZ", "%00", "%ED%A0%80", "%C0%AF", "%0D%0A", "-1", "0", "1e309", "99999999999999999999", "NaN", "2026-02-31T00:00:00Z", "eyJ0IjoiMjAyNi0wMS0wMVQwMDowMDowMC4wMDBaIiwiaWQiOjF9", "title%2Cbody_html", "%D8%B3"),
  );
  const targets: [string, string[]][] = [
    ["/api/v1/articles", ["section", "tag", "author", "supplement", "updated_since", "q", "cursor", "limit", "fields"]],
    ["/api/v1/articles/{seg}", ["fields"]],
    ["/api/v1/tags", ["cursor", "limit"]],
    ["/api/v1/authors", ["cursor", "limit"]],
    ["/api/v1/authors/{seg}", ["cursor", "limit"]],
    ["/api/v1/latest", ["limit", "fields"]],
    ["/api/v1/most-read", ["limit", "fields"]],
    ["/api/v1/sections", ["x"]],
    ["/api/v1/supplements", ["x"]],
    ["/api/v1/home", ["x"]],
  ];
  const failures: string[] = [];
  const ok = "123456789".split("");
  for (const [pattern, names] of targets) {
    const gen = fc.record({ seg: fc.oneof(value, fc.constantFrom(...ok)), query: fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 4 }) });
    const reqs = fc.sample(gen, { numRuns: cases, seed });
    let next = 0;
    const worker = async () => {
      while (next < reqs.length) {
        const r = reqs[next++]!;
        const path = `${pattern.replace("{seg}", r.seg || "1")}?${r.query.map(([k, v]) => `${k}=${v}`).join("&")}`;
        const res = await rawRequest(path, { headers: { authorization: `Bearer ${keyFor()}` } });
        if (res.status === 429) failures.push(`${path} → 429: the fuzz hit the rate limit, not the parameters`);
        if (res.status >= 500) failures.push(`${path} → ${res.status} ${res.body.slice(0, 160)}`);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  }
  expect(failures, `seed ${seed}`).toEqual([]);
});
