import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responses } from "./responses";

// The content API's handlers against a real database — SQLite (api.test.ts) or PostgreSQL
// (api.postgres.test.ts), the same scenarios: only what readers may see comes out (by list,
// by id and through every filter), and the answers keep their promises (shapes, +03:00 times,
// cursor pages without gaps or repeats, 304s, 400s naming the field, 401s), and no parameter
// gives a 5xx. The caller sets DATABASE_URL to a migrated, empty database first and mocks
// next/cache (no Next server here).

export function contentApiScenarios(cleanup: () => Promise<void> | void) {
const HOUR = 3600_000;
const admin = { id: "admin-1", name: "مدير", email: "a@x", role: "admin" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };

let r: typeof import("./resources");
let db: typeof import("@/lib/db").db;
let secret = "";
const ids: Record<string, number> = {};

async function piece(key: string, status: "draft" | "in_review" | "scheduled" | "published" | "archived", publishedAt: Date | null) {
  const a = await db.article.create({
    data: {
      status,
      slug: `s-${key}`,
      title: `مقال ${key}`,
      bodyHtml: `<h2>عنوان فرعي</h2><p>فقرة <a href="https://example.com">رابط</a></p><figure><img src="/media/a.jpg" alt="صورة"><figcaption>تعليق (تصوير: علي)</figcaption></figure><ul><li>أ</li><li>ب</li></ul>`,
      bodyText: "نص",
      sectionId: 1,
      supplementId: 1,
      publishedAt,
      tags: { create: { tagId: 1 } },
      authors: { create: { authorId: 1, position: 0 } },
    },
    select: { id: true },
  });
  ids[key] = a.id;
}

beforeAll(async () => {
  ({ db } = await import("@/lib/db"));
  await db.user.create({ data: { id: "admin-1", email: "a@x", name: "مدير", passwordHash: "x", role: "admin" } });
  await db.section.create({ data: { id: 1, slug: "politics", name: "سياسة" } });
  await db.section.create({ data: { id: 2, slug: "sport", name: "رياضة", position: 1 } });
  await db.tag.create({ data: { id: 1, slug: "oil", name: "نفط" } });
  await db.author.create({ data: { id: 1, slug: "ali", name: "علي" } });
  await db.supplement.create({ data: { id: 1, slug: "culture", name: "ثقافة" } });
  const now = Date.now();
  await piece("public", "published", new Date(now - 2 * HOUR));
  await piece("draft", "draft", null);
  await piece("review", "in_review", null);
  await piece("scheduled", "scheduled", null);
  await piece("future", "published", new Date(now + 2 * HOUR)); // published, but its time has not come
  await piece("archived", "archived", new Date(now - 3 * HOUR));
  // Five pieces at the very same instant: the cursor must still neither skip nor repeat.
  const same = new Date(now - 5 * HOUR);
  for (const k of ["t1", "t2", "t3", "t4", "t5"]) await piece(k, "published", same);
  r = await import("./resources");
  const m = await import("@/lib/api-keys/mutations");
  secret = (await m.createApiKey(admin, { name: "اختبار", origins: [] })).secret;
});

type Handler = (req: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function get(h: Handler, path: string, opts: { params?: Record<string, string>; headers?: Record<string, string>; key?: boolean } = {}) {
  const headers = { ...(opts.key === false ? {} : { authorization: `Bearer ${secret}` }), ...opts.headers };
  const res = await h(new Request(`http://localhost${path}`, { headers }), opts.params ? { params: Promise.resolve(opts.params) } : undefined);
  const text = await res.text();
  return { res, status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}
const listIds = (body: Record<string, unknown> | null) => (body!.data as { id: number }[]).map((a) => a.id);
const HIDDEN = ["draft", "review", "scheduled", "future", "archived"];

describe("visibility", () => {
  it("lists show published pieces only, whatever the filter", async () => {
    const visible = new Set([ids.public, ids.t1, ids.t2, ids.t3, ids.t4, ids.t5]);
    for (const q of ["", "section=politics", "tag=oil", "author=ali", "supplement=culture", "updated_since=2000-01-01T00:00:00Z"]) {
      const { status, body } = await get(r.articles, `/api/v1/articles?limit=50&${q}`);
      expect(status, q).toBe(200);
      expect(new Set(listIds(body)), q).toEqual(visible);
    }
  });
  it("a hidden piece is a 404 by id, a public one is there with its body", async () => {
    for (const k of HIDDEN) expect((await get(r.article, `/api/v1/articles/${ids[k]}`, { params: { id: String(ids[k]) } })).status, k).toBe(404);
    const { status, body } = await get(r.article, `/api/v1/articles/${ids.public}`, { params: { id: String(ids.public) } });
    expect(status).toBe(200);
    const a = responses.article.parse(body).data;
    expect(a.published_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
    expect(a.url).toBe(`http://localhost:3000/${ids.public}/s-public`);
    expect(a.lang).toBe("ar");
    expect(a.dir).toBe("rtl");
    expect(a.blocks?.map((b) => b.type)).toEqual(["heading", "paragraph", "image", "list"]);
    expect(a.blocks?.[2]).toMatchObject({ type: "image", caption: "تعليق (تصوير: علي)", credit: "علي", alt: "صورة" });
  });
  it("latest, the author's page and the tag counts leave hidden pieces out", async () => {
    const latest = await get(r.latest, "/api/v1/latest?limit=20");
    for (const k of HIDDEN) expect(listIds(latest.body)).not.toContain(ids[k]);
    const author = await get(r.author, "/api/v1/authors/ali?limit=50", { params: { slug: "ali" } });
    expect(responses.author.parse(author.body).data.articles.map((a) => a.id).sort()).toEqual([ids.public, ids.t1, ids.t2, ids.t3, ids.t4, ids.t5].sort());
    const tags = responses.tags.parse((await get(r.tags, "/api/v1/tags")).body);
    expect(tags.data[0]!.article_count).toBe(6);
  });
});

describe("pages and parameters", () => {
  it("cursor pages cover every public piece once, in a stable order", async () => {
    const seen: number[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const { body } = await get(r.articles, `/api/v1/articles?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      const page = responses.articleList.parse(body);
      seen.push(...page.data.map((a) => a.id));
      cursor = page.next_cursor;
    }
    expect(seen).toEqual([ids.public, ids.t5, ids.t4, ids.t3, ids.t2, ids.t1]);
  });
  it("fields= returns only the named fields and id", async () => {
    const { body } = await get(r.articles, "/api/v1/articles?fields=title,url&limit=1");
    expect(Object.keys((body!.data as object[])[0]!).sort()).toEqual(["id", "title", "url"]);
  });
  it("bad parameters are 400s naming the field, in Arabic and English", async () => {
    for (const [q, field] of [
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["cursor=nope!", "cursor"],
      ["updated_since=yesterday", "updated_since"],
      ["fields=title,password", "fields"],
      ["section=nowhere", "section"],
      ["tag=nowhere", "tag"],
      ["q=نفط&tag=oil", "tag"],
      ["limit=1&limit=2", "limit"],
    ] as const) {
      const { status, body } = await get(r.articles, `/api/v1/articles?${q}`);
      expect(status, q).toBe(400);
      expect(Object.keys(body!.fields as object), q).toContain(field);
      expect(body!.message, q).toContain(`«${field}»`);
      expect(body!.message_en, q).toContain(`"${field}"`);
    }
  });
  it("unknown ids and slugs are 404s", async () => {
    expect((await get(r.article, "/api/v1/articles/999999", { params: { id: "999999" } })).status).toBe(404);
    expect((await get(r.article, "/api/v1/articles/abc", { params: { id: "abc" } })).status).toBe(404);
    expect((await get(r.author, "/api/v1/authors/nobody", { params: { slug: "nobody" } })).status).toBe(404);
  });
});

describe("keys and caching", () => {
  it("no key or a wrong key is a 401 in both languages, never data", async () => {
    const none = await get(r.articles, "/api/v1/articles", { key: false });
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ code: "unauthorized" });
    expect(none.body!.message).toMatch(/[\u0600-\u06ff]/);
    expect(none.body!.message_en).toMatch(/API key/);
    expect(none.res.headers.get("cache-control")).toBe("no-store");
    expect((await get(r.articles, "/api/v1/articles", { key: false, headers: { "x-api-key": "midad_" + "x".repeat(43) } })).status).toBe(401);
  });
  it("an unchanged answer is a 304 by ETag and by Last-Modified; answers carry rate headers and surrogate keys", async () => {
    const first = await get(r.article, `/api/v1/articles/${ids.public}`, { params: { id: String(ids.public) } });
    const etag = first.res.headers.get("etag")!;
    expect(first.res.headers.get("xkey")).toBe(`all article:${ids.public}`);
    expect(first.res.headers.get("cache-control")).toContain("s-maxage");
    expect(Number(first.res.headers.get("ratelimit-remaining"))).toBeGreaterThan(0);
    const again = await get(r.article, `/api/v1/articles/${ids.public}`, { params: { id: String(ids.public) }, headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const since = await get(r.article, `/api/v1/articles/${ids.public}`, { params: { id: String(ids.public) }, headers: { "if-modified-since": first.res.headers.get("last-modified")! } });
    expect(since.status).toBe(304);
    const older = await get(r.article, `/api/v1/articles/${ids.public}`, { params: { id: String(ids.public) }, headers: { "if-modified-since": new Date(Date.now() - 10 * HOUR).toUTCString() } });
    expect(older.status).toBe(200);
  });
});

describe("fuzz: every parameter of every resource", () => {
  const nasty = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom("\ud800", "%ZZ", "0", "-1", "1e309", "99999999999999999999", "NaN", "", " ", "2026-02-31T00:00:00Z", "9999-12-31T23:59:59+14:00", "eyJpZCI6LTF9", "eyJ0IjoxLCJpZCI6MX0", "title,,", "Array"),
    fc.integer().map(String),
  );
  const cases: [string, Handler, string[], Record<string, string>?][] = [
    ["articles", () => r.articles, ["section", "tag", "author", "supplement", "updated_since", "q", "cursor", "limit", "fields"]],
    ["article", () => r.article, ["fields"], { id: "" }],
    ["tags", () => r.tags, ["cursor", "limit"]],
    ["authors", () => r.authors, ["cursor", "limit"]],
    ["author", () => r.author, ["cursor", "limit"], { slug: "" }],
    ["latest", () => r.latest, ["limit", "fields"]],
    ["most-read", () => r.mostRead, ["limit", "fields"]],
    ["sections", () => r.sections, ["x"]],
    ["home", () => r.home, ["x"]],
  ] as unknown as [string, Handler, string[], Record<string, string>?][];
  for (const [name, handler, names, params] of cases) {
    it(`${name}: no input gives a 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), nasty, { maxKeys: names.length }), nasty, async (query, segment) => {
          const qs = new URLSearchParams(query).toString();
          const p = params ? Object.fromEntries(Object.keys(params).map((k) => [k, segment])) : undefined;
          const h = (handler as unknown as () => Handler)();
          const res = await h(new Request(`http://localhost/api/v1/x?${qs}`, { headers: { authorization: `Bearer ${secret}` } }), p ? { params: Promise.resolve(p) } : undefined);
          expect(res.status, `${name} ?${qs} ${JSON.stringify(p)}`).toBeLessThan(500);
        }),
        { numRuns: Number(process.env.FUZZ_API_CASES ?? 150), seed: Number(process.env.FUZZ_SEED ?? 20261203) },
      );
    }, 120_000);
  }
});

afterAll(async () => {
  await db.$disconnect();
  await cleanup();
});
}
