import { expect, test } from "./support/test";
import { count, testDb } from "./support/db";
import { clientIp, commentRow, commentsOf, insertComment, insertFreshArticle, setArticle } from "./support/comments";
import { E2E_BASE_URL } from "./support/env";

// Route handler checks against the production server: every bad input answers 4xx with an
// Arabic message and writes no row; the good paths answer as documented.

const ARABIC = /[\u0600-\u06FF]/;
let articleId = 0;
let draftId = 0;
let approvedId = 0;
test.beforeAll(() => {
  articleId = insertFreshArticle(`مادة لاختبار واجهة التعليقات ${Date.now()}`);
  draftId = insertFreshArticle(`مسودة لاختبار التعليقات ${Date.now()}`, "draft");
  approvedId = insertComment({ articleId, body: "تعليق منشور للاختبار" });
});

const good = { name: "سلمى", body: "تعليق صالح" };
type Bad = { label: string; path?: () => string; headers?: Record<string, string>; data?: unknown; raw?: string; status?: number };
const json = (data: unknown): Pick<Bad, "raw" | "headers"> => ({ raw: JSON.stringify(data), headers: { "content-type": "application/json" } });
const form = (data: Record<string, string>): Pick<Bad, "raw" | "headers"> => ({
  raw: new URLSearchParams(data).toString(),
  headers: { "content-type": "application/x-www-form-urlencoded" },
});

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const BAD: Bad[] = [
  { label: "name is a number", ...json({ name: 42, body: "نص" }) },
  { label: "body is a number", ...json({ name: "سلمى", body: 7 }) },
  { label: "body is an array", ...json({ name: "سلمى", body: ["نص"] }) },
  { label: "body is an object", ...json({ name: "سلمى", body: { text: "نص" } }) },
  { label: "name is null", ...json({ name: null, body: "نص" }) },
  { label: "body is a boolean", ...json({ name: "سلمى", body: true }) },
  { label: "missing name", ...json({ body: "نص" }) },
  { label: "missing body", ...json({ name: "سلمى" }) },
  { label: "empty object", ...json({}) },
  { label: "empty body text", ...json({ name: "سلمى", body: "" }) },
  { label: "whitespace-only body", ...json({ name: "سلمى", body: "   \n\t  " }) },
  { label: "invisible-only body", ...json({ name: "سلمى", body: "\u200B\u200C\u200D" }) },
  { label: "whitespace-only name", ...json({ name: "    ", body: "نص" }) },
  { label: "one-letter name", ...json({ name: "س", body: "نص" }) },
  { label: "51-letter name", ...json({ name: "س".repeat(51), body: "نص" }) },
  { label: "256-letter body", ...json({ name: "سلمى", body: "ن".repeat(256) }) },
  { label: "256 emoji with modifiers", ...json({ name: "سلمى", body: "👍🏽".repeat(256) }) },
  { label: "NUL in body", ...json({ name: "سلمى", body: "نص\u0000" }) },
  { label: "bell in name", ...json({ name: "سل\u0007مى", body: "نص" }) },
  { label: "line break in name", ...json({ name: "سلمى\nعلي", body: "نص" }) },
  { label: "right-to-left override in body", ...json({ name: "سلمى", body: "\u202Eنص" }) },
  { label: "script tag as the name", ...json({ name: "<script>alert(1)</script>", body: "نص" }) },
  { label: "img onerror as the name", ...json({ name: '<img src=x onerror="alert(1)">', body: "نص" }) },
  { label: "script as an object key", ...json({ name: "سلمى", body: { "<script>": "alert(1)" } }) },
  { label: "oversize body (64 KiB)", ...json({ name: "سلمى", body: "ن".repeat(32_000) }), status: 413 },
  { label: "huge JSON (1 MiB)", ...json({ name: "سلمى", body: "نص", pad: "x".repeat(1_048_576) }), status: 413 },
  { label: "deeply nested JSON", raw: `{"name":"سلمى","body":${nested(3000)}}`, headers: { "content-type": "application/json" } },
  { label: "malformed JSON", raw: `{"name": "سلمى", "body": `, headers: { "content-type": "application/json" }, status: 400 },
  { label: "JSON null", raw: "null", headers: { "content-type": "application/json" } },
  { label: "JSON array", raw: JSON.stringify([good]), headers: { "content-type": "application/json" } },
  { label: "JSON string", raw: JSON.stringify("نص"), headers: { "content-type": "application/json" } },
  { label: "text/plain body", raw: JSON.stringify(good), headers: { "content-type": "text/plain" }, status: 415 },
  { label: "multipart body", raw: "--x\r\n\r\n--x--", headers: { "content-type": "multipart/form-data; boundary=x" }, status: 415 },
  { label: "no content type", raw: JSON.stringify(good), headers: {}, status: 415 },
  { label: "form with empty name", ...form({ name: "", body: "نص" }) },
  { label: "form with whitespace body", ...form({ name: "سلمى", body: "   " }) },
  { label: "parentId not a number", ...json({ ...good, parentId: "abc" }) },
  { label: "parentId of an unknown comment", ...json({ ...good, parentId: 999999 }) },
  { label: "honeypot not text", ...json({ ...good, website: { a: 1 } }) },
  { label: "foreign Origin", ...json(good), headers: { "content-type": "application/json", origin: "https://evil.example" }, status: 403 },
  { label: "Origin null", ...json(good), headers: { "content-type": "application/json", origin: "null" }, status: 403 },
  { label: "Sec-Fetch-Site cross-site", ...json(good), headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" }, status: 403 },
  { label: "unknown article id", ...json(good), path: () => "/api/articles/99999999/comments", status: 404 },
  { label: "article id not a number", ...json(good), path: () => "/api/articles/abc/comments", status: 404 },
  { label: "draft article", ...json(good), path: () => `/api/articles/${draftId}/comments`, status: 404 },
];

test("at least 30 bad inputs: each 4xx, Arabic message, no row written", async ({ request }) => {
  expect(BAD.length).toBeGreaterThanOrEqual(30);
  const before = { comments: count("Comment"), hits: count("RateLimitHit"), reports: count("CommentReport") };
  for (const c of BAD) {
    const path = c.path?.() ?? `/api/articles/${articleId}/comments`;
    // A Buffer goes out byte for byte (Playwright re-encodes strings that are not valid JSON).
    const res = await request.post(path, { data: c.raw === undefined ? undefined : Buffer.from(c.raw), headers: { "x-forwarded-for": clientIp(), ...c.headers } });
    expect(res.status(), c.label).toBeGreaterThanOrEqual(400);
    expect(res.status(), c.label).toBeLessThan(500);
    if (c.status) expect(res.status(), c.label).toBe(c.status);
    const body = await res.json();
    expect(typeof body.code, c.label).toBe("string");
    expect(body.message, c.label).toMatch(ARABIC);
    expect(typeof body.fields, c.label).toBe("object");
    for (const m of Object.values(body.fields as Record<string, string>)) expect(m, c.label).toMatch(ARABIC);
  }
  expect(count("Comment")).toBe(before.comments);
  expect(count("RateLimitHit")).toBe(before.hits);
  expect(count("CommentReport")).toBe(before.reports);
});

test("field errors name the field in Arabic", async ({ request }) => {
  const res = await request.post(`/api/articles/${articleId}/comments`, { data: { name: "س", body: "" }, headers: { "x-forwarded-for": clientIp() } });
  expect(res.status()).toBe(422);
  const body = await res.json();
  expect(body.code).toBe("invalid_input");
  expect(body.fields.name).toMatch(ARABIC);
  expect(body.fields.body).toBe("اكتب تعليقك.");
});

test("a good comment answers 201 with its status; stored as NFC plain text with a keyed client hash", async ({ request }) => {
  const ip = clientIp();
  const res = await request.post(`/api/articles/${articleId}/comments`, {
    data: { name: "  Jose\u0301  ", body: "سطر أول\r\nسطر ثانٍ e\u0301" },
    headers: { "x-forwarded-for": ip, origin: E2E_BASE_URL },
  });
  expect(res.status()).toBe(201);
  expect(await res.json()).toMatchObject({ status: "pending" });
  const row = commentsOf(articleId).at(-1)!;
  expect(row.status).toBe("pending");
  expect(row.authorName).toBe("José");
  expect(row.body).toBe("سطر أول\nسطر ثانٍ é");
  expect(row.clientHash).toMatch(/^[0-9a-f]{64}$/);
  expect(row.clientHash).not.toContain(ip);
  // Nothing in the database holds the raw address.
  const dump = JSON.stringify(testDb().prepare(`SELECT * FROM Comment WHERE id = ?`).get(row.id));
  expect(dump).not.toContain(ip);
});

test("form-encoded posts from scripts get JSON; a browser form post is redirected", async ({ request }) => {
  const res = await request.post(`/api/articles/${articleId}/comments`, {
    form: { name: "قارئ", body: "تعليق من نموذج" },
    headers: { "x-forwarded-for": clientIp() },
  });
  expect(res.status()).toBe(201);
  const redirect = await request.post(`/api/articles/${articleId}/comments`, {
    form: { name: "قارئ", body: "تعليق آخر من نموذج" },
    headers: { "x-forwarded-for": clientIp(), accept: "text/html" },
    maxRedirects: 0,
  });
  expect(redirect.status()).toBe(303);
  expect(redirect.headers()["location"]).toMatch(new RegExp(`/${articleId}/.+#comment-result-pending$`));
});

test("the 4th comment in a minute gets 429 with Retry-After; an exact duplicate gets 409", async ({ request }) => {
  const ip = clientIp();
  const post = (body: string) => request.post(`/api/articles/${articleId}/comments`, { data: { name: "مستعجل", body }, headers: { "x-forwarded-for": ip } });
  expect((await post("الأول")).status()).toBe(201);
  const dup = await post("الأول");
  expect(dup.status()).toBe(409);
  expect((await dup.json()).message).toMatch(ARABIC);
  expect((await post("الثاني")).status()).toBe(201);
  // The refused duplicate still counted as an attempt: this is the 4th.
  const fourth = await post("الثالث");
  expect(fourth.status()).toBe(429);
  expect(Number(fourth.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await fourth.json()).code).toBe("rate_limited");
  // Another client is not affected.
  expect((await request.post(`/api/articles/${articleId}/comments`, { data: { name: "آخر", body: "الثالث" }, headers: { "x-forwarded-for": clientIp() } })).status()).toBe(201);
});

test("a filled honeypot looks like success and stores nothing visible", async ({ request }) => {
  const before = commentsOf(articleId).length;
  const res = await request.post(`/api/articles/${articleId}/comments`, {
    data: { name: "روبوت", body: "اشتر الآن", website: "http://spam.example" },
    headers: { "x-forwarded-for": clientIp() },
  });
  expect(res.status()).toBe(201);
  const rows = commentsOf(articleId);
  expect(rows.length).toBe(before + 1);
  expect(rows.at(-1)).toMatchObject({ status: "spam", honeypot: 1 });
  const list = await (await request.get(`/api/articles/${articleId}/comments`)).json();
  expect(JSON.stringify(list)).not.toContain("اشتر الآن");
});

test("closed comments: the handler refuses", async ({ request }) => {
  const id = insertFreshArticle(`مادة مغلقة التعليقات ${Date.now()}`);
  setArticle(id, { commentsOpen: false });
  const res = await request.post(`/api/articles/${id}/comments`, { data: good, headers: { "x-forwarded-for": clientIp() } });
  expect(res.status()).toBe(403);
  expect((await res.json()).code).toBe("comments_closed");
  expect(commentsOf(id)).toHaveLength(0);
});

test("links and replies: a link is held even under post-moderation; a reply to a reply joins the top comment", async ({ request }) => {
  const id = insertFreshArticle(`مادة بإشراف لاحق ${Date.now()}`);
  setArticle(id, { commentPolicy: "post" });
  const top = await request.post(`/api/articles/${id}/comments`, { data: { name: "علي", body: "رأي أول" }, headers: { "x-forwarded-for": clientIp() } });
  expect(await top.json()).toMatchObject({ status: "approved" });
  const topId = (await top.json()).comment.id as number;
  const reply = await request.post(`/api/articles/${id}/comments`, { data: { name: "حسن", body: "رد", parentId: topId }, headers: { "x-forwarded-for": clientIp() } });
  const replyId = (await reply.json()).comment.id as number;
  const nestedReply = await request.post(`/api/articles/${id}/comments`, { data: { name: "منى", body: "رد على الرد", parentId: String(replyId) }, headers: { "x-forwarded-for": clientIp() } });
  expect(nestedReply.status()).toBe(201);
  expect(commentRow((await nestedReply.json()).comment.id)!.parentId).toBe(topId);
  const link = await request.post(`/api/articles/${id}/comments`, { data: { name: "معلن", body: "زوروا https://example.com/offer" }, headers: { "x-forwarded-for": clientIp() } });
  expect(await link.json()).toMatchObject({ status: "pending" });
  expect(commentsOf(id).at(-1)!.heldReason).toBe("يحتوي رابطاً");
});

test("GET lists approved comments only, with no private field, and rejects a bad cursor", async ({ request }) => {
  insertComment({ articleId, body: "تعليق مرفوض مخفي", status: "rejected" });
  const res = await request.get(`/api/articles/${articleId}/comments`);
  expect(res.status()).toBe(200);
  const data = await res.json();
  const text = JSON.stringify(data);
  expect(text).toContain("تعليق منشور للاختبار");
  expect(text).not.toContain("تعليق مرفوض مخفي");
  for (const key of ["clientHash", "moderationNote", "heldReason", "email", "reportCount", "honeypot", "status"]) expect(text).not.toContain(`"${key}"`);
  expect(Object.keys(data.items[0]).sort()).toEqual(["authorName", "body", "createdAt", "id", "parentId", "replies"]);
  expect((await request.get(`/api/articles/${articleId}/comments?cursor=junk`)).status()).toBe(400);
  expect((await request.get(`/api/articles/${draftId}/comments`)).status()).toBe(404);
});

test("reports: one per client; at the threshold the comment joins the reported queue", async ({ request }) => {
  const id = insertComment({ articleId, body: "تعليق سيُبلَّغ عنه" });
  const report = (ip: string, data: unknown = { reason: "abusive" }) => request.post(`/api/comments/${id}/reports`, { data, headers: { "x-forwarded-for": ip } });
  const first = clientIp();
  expect((await report(first)).status()).toBe(201);
  const again = await report(first, { reason: "spam" });
  expect(again.status()).toBe(409);
  expect((await again.json()).message).toMatch(ARABIC);
  expect((await report(clientIp(), { reason: "bogus" })).status()).toBe(422);
  expect((await report(clientIp(), { reason: "spam" })).status()).toBe(201);
  expect(commentRow(id)).toMatchObject({ flagged: 0, reportCount: 2 });
  expect((await report(clientIp(), { reason: "off_topic" })).status()).toBe(201);
  expect(commentRow(id)).toMatchObject({ flagged: 1, reportCount: 3, status: "approved" });
  expect((await request.post(`/api/comments/${approvedId}/reports`, { data: { reason: "other" }, headers: { "x-forwarded-for": clientIp(), origin: "https://evil.example" } })).status()).toBe(403);
  expect((await request.post(`/api/comments/99999999/reports`, { data: { reason: "other" }, headers: { "x-forwarded-for": clientIp() } })).status()).toBe(404);
});
