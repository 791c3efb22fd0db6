import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, databaseDigest } from "@/lib/testing/temp-db";

// The comment route handlers called in-process on a temporary database: bad input is
// refused with 4xx and an Arabic message and changes nothing; the policy rules apply.

const tmp = createTempDatabase();
const raw = tmp.raw;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
type Handler = (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
let POST: Handler;
let REPORT: Handler;
let published = 0;
let draft = 0;

function article(status: string, extra: { commentsOpen?: number; commentPolicy?: string | null } = {}): number {
  const t = iso(new Date());
  return Number(
    raw
      .prepare(`INSERT INTO Article (status, slug, title, sectionId, publishedAt, commentsOpen, commentPolicy, createdAt, updatedAt) VALUES (?, 's', 'مادة', 1, ?, ?, ?, ?, ?)`)
      .run(status, status === "published" ? iso(new Date(Date.now() - 60_000)) : null, extra.commentsOpen ?? 1, extra.commentPolicy ?? null, t, t).lastInsertRowid,
  );
}

let ip = 0;
function post(id: number | string, body: string | null, headers: Record<string, string> = { "content-type": "application/json" }) {
  const req = new Request(`http://localhost:3000/api/articles/${id}/comments`, {
    method: "POST",
    body,
    headers: { "x-midad-client": `192.0.2.${++ip % 250}`, ...headers },
  });
  return POST(req, { params: Promise.resolve({ id: String(id) }) });
}

beforeAll(async () => {
  ({ POST } = (await import("@/app/api/articles/[id]/comments/route")) as unknown as { POST: Handler });
  ({ POST: REPORT } = (await import("@/app/api/comments/[id]/reports/route")) as unknown as { POST: Handler });
  const t = iso(new Date());
  raw.prepare(`INSERT INTO Section (id, slug, name, createdAt, updatedAt) VALUES (1, 'politics', 'سياسية', ?, ?)`).run(t, t);
  published = article("published");
  draft = article("draft");
}, 60_000);
afterAll(() => {
  raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

const j = (o: unknown) => JSON.stringify(o);
const BAD: [string, number | string, string | null, Record<string, string>?][] = [
  ["name number", 0, j({ name: 1, body: "نص" })],
  ["body array", 0, j({ name: "سلمى", body: [] })],
  ["missing body", 0, j({ name: "سلمى" })],
  ["empty", 0, j({ name: "سلمى", body: "" })],
  ["whitespace", 0, j({ name: "سلمى", body: " \n " })],
  ["too long", 0, j({ name: "سلمى", body: "ب".repeat(256) })],
  ["short name", 0, j({ name: "س", body: "نص" })],
  ["control", 0, j({ name: "سلمى", body: "a\u0001" })],
  ["html name", 0, j({ name: "<b>x</b>", body: "نص" })],
  ["not json", 0, "{"],
  ["json array", 0, "[]"],
  ["oversize", 0, j({ name: "سلمى", body: "x".repeat(40_000) })],
  ["text/plain", 0, j({ name: "سلمى", body: "نص" }), { "content-type": "text/plain" }],
  ["foreign origin", 0, j({ name: "سلمى", body: "نص" }), { "content-type": "application/json", origin: "https://evil.example" }],
  ["cross-site", 0, j({ name: "سلمى", body: "نص" }), { "content-type": "application/json", "sec-fetch-site": "cross-site" }],
  ["unknown article", 999_999, j({ name: "سلمى", body: "نص" })],
  ["bad id", "x1", j({ name: "سلمى", body: "نص" })],
  ["draft", -1, j({ name: "سلمى", body: "نص" })],
];

describe("POST /api/articles/{id}/comments", () => {
  it.each(BAD)("%s: 4xx with an Arabic message, nothing written", async (_label, id, body, headers) => {
    const target = id === 0 ? published : id === -1 ? draft : id;
    const before = databaseDigest(raw);
    const res = await post(target, body, headers);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const data = (await res.json()) as { code: string; message: string; fields: Record<string, string> };
    expect(data.message).toMatch(/[\u0600-\u06FF]/);
    for (const m of Object.values(data.fields)) expect(m).toMatch(/[\u0600-\u06FF]/);
    expect(databaseDigest(raw)).toBe(before);
  });

  it("pre-moderation by default, post-moderation by override, links held, closed refused", async () => {
    const res = await post(published, j({ name: "سلمى", body: "رأي" }));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: "pending", comment: null });
    const post1 = article("published", { commentPolicy: "post" });
    expect(await (await post(post1, j({ name: "سلمى", body: "رأي" }))).json()).toMatchObject({ status: "approved" });
    expect(await (await post(post1, j({ name: "سلمى", body: "www.spam.com" }))).json()).toMatchObject({ status: "pending" });
    const closed = article("published", { commentsOpen: 0 });
    expect((await post(closed, j({ name: "سلمى", body: "رأي" }))).status).toBe(403);
    const event = raw.prepare(`SELECT toStatus, reason FROM CommentEvent ORDER BY id DESC LIMIT 1`).get();
    expect(event).toEqual({ toStatus: "pending", reason: "يحتوي رابطاً" });
  });

  it("a no-JS form post is redirected back to the article", async () => {
    const res = await post(published, new URLSearchParams({ name: "حسن", body: "من نموذج" }).toString(), {
      "content-type": "application/x-www-form-urlencoded",
      accept: "text/html",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(new RegExp(`/${published}/.+#comment-result-pending$`));
  });

  it("reports: unknown reason refused, one per client", async () => {
    const t = iso(new Date());
    const c = Number(raw.prepare(`INSERT INTO Comment (articleId, status, authorName, body, clientHash, createdAt, updatedAt) VALUES (?, 'approved', 'ق', 'ت', 'h', ?, ?)`).run(published, t, t).lastInsertRowid);
    const report = (reason: string, who = "198.51.100.1") =>
      REPORT(new Request(`http://localhost:3000/api/comments/${c}/reports`, { method: "POST", body: j({ reason }), headers: { "content-type": "application/json", "x-midad-client": who } }), {
        params: Promise.resolve({ id: String(c) }),
      });
    expect((await report("nope")).status).toBe(422);
    expect((await report("abusive")).status).toBe(201);
    expect((await report("spam")).status).toBe(409);
  });
});
