import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

const tmp = createTempDatabase();
const raw = tmp.raw;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
let m: typeof import("./mutations");
let errors: typeof import("./errors");
const writer = { id: "w1", name: "الكاتبة سارة", email: "w@x", role: "writer" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };
const editor = { id: "e1", name: "المحرر علي", email: "e@x", role: "editor" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };
const input = (title: string, bodyHtml = "<p>نص</p>") => ({
  title, slug: "", kicker: null, excerpt: null, bodyHtml, dateline: null, sectionId: 1, supplementId: null, tagNames: ["انتخابات"], authorIds: [],
  imageId: null, imageCaption: null, imageAlt: null, breaking: false, commentsOpen: true, seoTitle: null, seoDescription: null,
});
const row = (id: number) => raw.prepare(`SELECT title, version, bodyHtml, bodyText, slug, status FROM Article WHERE id = ?`).get(id) as Record<string, unknown>;
const revisions = (id: number) => raw.prepare(`SELECT kind FROM ArticleRevision WHERE articleId = ? ORDER BY id`).all(id) as { kind: string }[];

beforeAll(async () => {
  m = await import("./mutations");
  errors = await import("./errors");
  const t = iso(new Date());
  raw.prepare(`INSERT INTO Section (id, slug, name, createdAt, updatedAt) VALUES (1, 'politics', 'سياسية', ?, ?), (2, 'economy', 'اقتصاد', ?, ?)`).run(t, t, t, t);
  for (const u of [writer, editor]) raw.prepare(`INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES (?, ?, ?, '!', ?, ?, ?)`).run(u.id, u.email, u.name, u.role, t, t);
});
afterAll(() => {
  raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("article saves", () => {
  it("sanitizes the body on the server and keeps its plain text", async () => {
    const { id } = await m.createArticle(writer, input("عنوان", `<p onclick="x()">مرحبا <script>bad()</script>بالعالم</p>`));
    expect(row(id)).toMatchObject({ bodyHtml: "<p>مرحبا بالعالم</p>", bodyText: "مرحبا بالعالم", status: "draft", version: 1 });
    expect(revisions(id)).toEqual([{ kind: "create" }]);
  });

  it("refuses a save based on an old version, naming who saved, and changes nothing", async () => {
    const { id } = await m.createArticle(writer, input("أصل"));
    await m.saveArticle(editor, { id, version: 1, autosave: false, article: input("نسخة المحرر") });
    const err = await m.saveArticle(writer, { id, version: 1, autosave: false, article: input("نسخة الكاتبة") }).catch((e) => e);
    expect(err).toBeInstanceOf(errors.ConflictError);
    expect(err.message).toContain("حفظ المحرر علي هذا المقال في");
    expect(row(id)).toMatchObject({ title: "نسخة المحرر", version: 2 });
  });

  it("coalesces autosaves by the same person into one revision", async () => {
    const { id } = await m.createArticle(writer, input("مسودة"));
    let v = 1;
    for (const t of ["م", "مس", "مسو"]) v = (await m.saveArticle(writer, { id, version: v, autosave: true, article: input(t) })).version;
    expect(revisions(id)).toEqual([{ kind: "create" }, { kind: "autosave" }]);
    await m.saveArticle(writer, { id, version: v, autosave: false, article: input("نهائي") });
    expect(revisions(id).map((r) => r.kind)).toEqual(["create", "autosave", "save"]);
  });

  it("remembers the old slug and section when a published piece moves, and refuses autosaves of live pieces", async () => {
    const { id } = await m.createArticle(editor, input("خبر"));
    raw.prepare(`UPDATE Article SET status = 'published', publishedAt = ?, slug = 'قديم' WHERE id = ?`).run(iso(new Date()), id);
    await m.saveArticle(editor, { id, version: 1, autosave: false, article: { ...input("خبر"), slug: "جديد", sectionId: 2 } });
    expect(raw.prepare(`SELECT slug, sectionId FROM ArticleSlug WHERE articleId = ?`).all(id)).toEqual([{ slug: "قديم", sectionId: 1 }]);
    await expect(m.saveArticle(editor, { id, version: 2, autosave: true, article: input("نصف") })).rejects.toBeInstanceOf(errors.StateError);
  });

  it("lets a writer edit only their own drafts", async () => {
    const { id } = await m.createArticle(editor, input("للمحرر"));
    await expect(m.saveArticle(writer, { id, version: 1, autosave: false, article: input("تعدٍّ") })).rejects.toMatchObject({ status: 403 });
    expect(row(id).title).toBe("للمحرر");
  });
});
