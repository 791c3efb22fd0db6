import { expect, test } from "./support/test";
import { action, callAction } from "./support/actions";
import { loginAs } from "./support/auth";
import { clientIp, insertComment, insertFreshArticle } from "./support/comments";
import { count, testDb } from "./support/db";
import { E2E_BASE_URL } from "./support/env";
import { rawRequest } from "./support/raw-http";

// Issue 9, finding 2: each input that once answered 5xx, now answered as a user expects —
// a 404 page, a 400/403 with an Arabic message — and nothing written.

const ARABIC = /[\u0600-\u06FF]/;
const BAD_ESCAPES = ["%E0%A4%A", "%", "%ZZ", "%C0%AF", "%ED%A0%80", "%u0041", "abc%", "%%41"];

let articleId = 0;
let slugs: { section: string; tag: string; author: string; supplement: string };
test.beforeAll(() => {
  articleId = insertFreshArticle(`مادة لاختبار المدخلات المشوّهة ${Date.now()}`);
  insertComment({ articleId, body: "تعليق منشور" });
  const one = (table: string) => (testDb().prepare(`SELECT slug FROM "${table}" LIMIT 1`).get() as { slug: string } | undefined)?.slug ?? "x";
  slugs = { section: one("Section"), tag: one("Tag"), author: one("Author"), supplement: one("Supplement") };
});

test("a bad percent-escape anywhere in a path answers the Arabic 404 page, never 5xx", async () => {
  const patterns = (e: string) => [
    `/tag/${e}`,
    `/author/${e}`,
    `/section/${e}`,
    `/supplement/${e}`,
    `/section/${e}/feed.xml`,
    `/author/${e}/feed.xml`,
    `/${e}`,
    `/${articleId}/${e}`,
    `/comments/${e}`,
    `/media/${e}.jpg`,
    `/sitemaps/${e}`,
    `/section/${encodeURIComponent(slugs.section)}/page/${e}`,
    `/api/views/${e}`,
    `/api/articles/${e}/comments`,
    `/admin/articles/${e}`,
  ];
  for (const e of BAD_ESCAPES) {
    for (const p of patterns(e)) {
      const res = await rawRequest(p);
      expect(res.status, p).toBe(404);
      if ((res.headers["content-type"] ?? "").includes("text/html")) expect(res.body, p).toMatch(ARABIC);
    }
  }
});

test("/media/%25.jpg is decoded once (a file named %.jpg), not twice", async () => {
  const res = await rawRequest("/media/%25.jpg");
  expect(res.status).toBe(404);
  expect(res.body).toContain("غير موجود");
});

test("/_next/image refuses a source that redirects, has a bad escape or a line break, with 400", async () => {
  for (const url of [`/${articleId}`, "/media/a.jpg/", "/media/%ZZ.jpg", "/media/%E0%A4%A.jpg", "/media/a.jpg%0d%0aX-Injected:%201", "/api/health", "//evil.example/x.jpg"]) {
    const res = await rawRequest(`/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`);
    expect(res.status, url).toBe(400);
    expect(res.body, url).toMatch(ARABIC);
  }
});

test("a comment cursor past year 9999 is a 400 in the API and a 404 on the comments page", async ({ request }) => {
  const api = await request.get(`/api/articles/${articleId}/comments?cursor=253402300800000-1`);
  expect(api.status()).toBe(400);
  expect((await api.json()).message).toMatch(ARABIC);
  const page = await request.get(`/comments/${articleId}?cursor=253402300800000-1`);
  expect(page.status()).toBe(404);
  expect(await page.text()).toMatch(ARABIC);
  // The last instant of 9999 is still a well-formed cursor (an empty page, not an error).
  expect((await request.get(`/api/articles/${articleId}/comments?cursor=253402300799999-1`)).status()).toBe(200);
});

test("a lone surrogate in a comment's name or body, or in a sign-in email, is a 400 with an Arabic message and no row", async ({ request }) => {
  const before = count("Comment", "articleId = ?", articleId);
  for (const raw of ['{"name":"\\ud800سلمى","body":"نص"}', '{"name":"سلمى","body":"نص \\udfff"}', '{"name":"سلمى","body":"نص","website":"\\ud800"}']) {
    const res = await request.post(`/api/articles/${articleId}/comments`, {
      headers: { "content-type": "application/json", "x-forwarded-for": clientIp() },
      data: raw,
    });
    expect(res.status(), raw).toBe(400);
    expect((await res.json()).message, raw).toMatch(ARABIC);
  }
  expect(count("Comment", "articleId = ?", articleId)).toBe(before);
  const login = await request.post("/api/login", { headers: { "content-type": "application/json", "x-forwarded-for": clientIp() }, data: '{"email":"a\\ud800@midad.local","password":"x"}' });
  expect(login.status()).toBe(400);
  expect((await login.json()).message).toMatch(ARABIC);
});

test("a server action posted with a foreign Origin answers 403, not 500", async ({ page }) => {
  await loginAs(page, "writer");
  const a = action("saveTagAction");
  for (const origin of ["https://evil.example", "null", "http://127.0.0.1:1"]) {
    const res = await callAction(page.request, a, [null, { name: "وسم" }], { origin });
    expect(res.status(), origin).toBe(403);
    expect(await res.text()).toMatch(ARABIC);
  }
  // Our own Origin still reaches the action (a writer: refused by its permission guard, not by the origin check).
  const own = await callAction(page.request, a, [null, { name: "وسم" }], { origin: E2E_BASE_URL });
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain("ليست لديك صلاحية");
});

test("a server action body React cannot decode is a 400, not a 500", async ({ page }) => {
  await loginAs(page, "writer");
  const a = action("createArticleAction");
  for (const body of ["not json", "{", '{"title":"x"}', '["$1"]', '"x"']) {
    const res = await callAction(page.request, a, body);
    expect(res.status(), body).toBe(400);
    expect(await res.text()).toMatch(ARABIC);
  }
});

test.describe("refusals that used to be unmapped errors", () => {
  test("schedule with an impossible date or time gets an Arabic field error; nothing is scheduled", async ({ page }) => {
    await loginAs(page, "editor");
    const id = insertFreshArticle(`مسودة للجدولة ${Date.now()}`, "draft");
    const schedule = action("scheduleArticleAction");
    for (const [day, time] of [
      ["2026-13-40", "10:00"],
      ["2026-02-31", "10:00"],
      ["2027-01-01", "99:99"],
    ]) {
      const res = await callAction(page.request, schedule, [{ id, day, time }]);
      expect(res.status()).toBe(200);
      const body = await res.text();
      expect(body).toContain('"code":"invalid"');
      expect(body).toMatch(/تاريخاً صحيحاً|وقتاً صحيحاً/);
    }
    const row = testDb().prepare(`SELECT status, publishAt FROM Article WHERE id = ?`).get(id) as { status: string; publishAt: string | null };
    expect(row).toEqual({ status: "draft", publishAt: null });
  });

  test("an unknown section, supplement, image or author id is an Arabic 'not found' refusal; no piece is created", async ({ page }) => {
    await loginAs(page, "editor");
    const create = action("createArticleAction");
    const base = { title: `مقال بمراجع مفقودة ${Date.now()}`, bodyHtml: "<p>نص</p>", sectionId: 1 };
    const before = count("Article");
    for (const extra of [{ sectionId: 987654321 }, { supplementId: 987654321 }, { imageId: 987654321 }, { authorIds: [987654321] }]) {
      const res = await callAction(page.request, create, [{ ...base, ...extra }]);
      expect(res.status(), JSON.stringify(extra)).toBe(200);
      const body = await res.text();
      expect(body, JSON.stringify(extra)).toContain('"ok":false');
      expect(body).toMatch(/"code":"(bad_reference|not_found)"/);
    }
    expect(count("Article")).toBe(before);
  });

  test("updating a deleted tag is a 404-style refusal; two saves of the same new tag both succeed", async ({ page }) => {
    await loginAs(page, "admin");
    const save = action("saveTagAction");
    const gone = await callAction(page.request, save, [null, { id: "987654321", name: "وسم محذوف" }]);
    expect(await gone.text()).toContain('"code":"not_found"');

    const name = `وسم متزامن ${Date.now()}`;
    const create = action("createArticleAction");
    const [a, b] = await Promise.all(
      [1, 2].map((n) => callAction(page.request, create, [{ title: `مقال ${n} ${name}`, bodyHtml: "<p>نص</p>", sectionId: 1, tagNames: [name] }])),
    );
    for (const r of [a!, b!]) {
      expect(r.status()).toBe(200);
      expect(await r.text()).toContain('"ok":true');
    }
    expect(count("Tag", "name = ?", name)).toBe(1);
  });

  test("restoring a revision whose snapshot no longer validates is a 400-style Arabic refusal", async ({ page }) => {
    await loginAs(page, "admin");
    const create = action("createArticleAction");
    const res = await callAction(page.request, create, [{ title: `مقال للاستعادة ${Date.now()}`, bodyHtml: "<p>نص</p>", sectionId: 1 }]);
    const id = Number(/"id":(\d+)/.exec(await res.text())?.[1]);
    expect(id).toBeGreaterThan(0);
    const rev = testDb().prepare(`SELECT id FROM ArticleRevision WHERE articleId = ? ORDER BY id DESC LIMIT 1`).get(id) as { id: number };
    testDb().prepare(`UPDATE ArticleRevision SET snapshot = ? WHERE id = ?`).run('{"sectionId":"ليس رقماً"', rev.id);
    const version = (testDb().prepare(`SELECT version FROM Article WHERE id = ?`).get(id) as { version: number }).version;
    const restore = await callAction(page.request, action("restoreRevisionAction"), [{ articleId: id, revisionId: rev.id }]);
    expect(restore.status()).toBe(200);
    const body = await restore.text();
    expect(body).toContain('"code":"invalid"');
    expect(body).toContain("لا يمكن استعادة هذه النسخة");
    expect((testDb().prepare(`SELECT version FROM Article WHERE id = ?`).get(id) as { version: number }).version).toBe(version);
  });
});

test("a malformed multipart post to any page (what Next reads as a no-JS form action) is 400 in Arabic, not 500", async () => {
  // Found by the fuzz suite (seed 315585): "/api/comments/../reports" is the page path "/api/reports".
  for (const path of ["/", "/410630", "/section/politics"]) {
    const res = await rawRequest(path, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "-5.885998522213207e-241" });
    expect(res.status, path).toBe(400);
    expect(res.body, path).toMatch(ARABIC);
  }
  // Under /api/ the answer is the API's own: 415 in JSON, with an Arabic message.
  const api = await rawRequest("/api/reports", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "-5.885998522213207e-241" });
  expect(api.status).toBe(415);
  expect(JSON.parse(api.body).message).toMatch(ARABIC);
  // The path as the fuzz sent it has a ".." segment: browsers resolve those, so a post that
  // still carries one is refused before anything reads it (404 in Arabic, never a 5xx).
  const dotted = await rawRequest("/api/comments/../reports", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "-5.885998522213207e-241" });
  expect(dotted.status).toBe(404);
  expect(dotted.body).toMatch(ARABIC);
  // A well-formed multipart post still reaches Next (a page without such an action: not a 5xx).
  const ok = await rawRequest("/", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--x--\r\n' });
  expect(ok.status).toBeLessThan(500);
});
