import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

// Merging and deleting tags against a real database (decision 146): links moved without
// duplicates, old addresses redirected, import records followed, the log written; a used tag
// is never deleted.

const tmp = createTempDatabase();
const raw = tmp.raw;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const editor = { id: "e1", name: "محرر", email: "e1@x", role: "editor" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };

let t: typeof import("./tags");
let n = 0;
function tag(name: string): { id: number; slug: string } {
  const slug = `t-${++n}`;
  return { id: Number(raw.prepare(`INSERT INTO Tag (slug, name, createdAt) VALUES (?, ?, ?)`).run(slug, name, iso(new Date())).lastInsertRowid), slug };
}
function piece(): number {
  const now = iso(new Date());
  return Number(
    raw.prepare(`INSERT INTO Article (status, slug, title, bodyHtml, bodyText, sectionId, publishedAt, createdAt, updatedAt) VALUES ('published', ?, ?, '<p>نص</p>', 'نص', 1, ?, ?, ?)`).run(`p-${++n}`, `خبر ${n}`, now, now, now).lastInsertRowid,
  );
}
const link = (articleId: number, tagId: number) => raw.prepare(`INSERT INTO ArticleTag (articleId, tagId) VALUES (?, ?)`).run(articleId, tagId);
const linksOf = (tagId: number) => (raw.prepare(`SELECT articleId FROM ArticleTag WHERE tagId = ? ORDER BY articleId`).all(tagId) as { articleId: number }[]).map((r) => r.articleId);
const exists = (id: number) => Boolean(raw.prepare(`SELECT 1 FROM Tag WHERE id = ?`).get(id));

beforeAll(async () => {
  const now = iso(new Date());
  raw.prepare(`INSERT INTO Section (id, slug, name, createdAt, updatedAt) VALUES (1, 'politics', 'سياسية', ?, ?)`).run(now, now);
  raw.prepare(`INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES ('e1', 'e1@x', 'محرر', '!', 'editor', ?, ?)`).run(now, now);
  t = await import("./tags");
}, 30_000);
afterAll(() => {
  raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("merging tags", () => {
  it("moves every piece once, deletes the merged tag, redirects its address and its older ones, follows import records", async () => {
    const from = tag("انتخابات");
    const into = tag("الانتخابات");
    const [a, both, c] = [piece(), piece(), piece()];
    link(a, from.id);
    link(both, from.id);
    link(both, into.id);
    link(c, into.id);
    // An address the merged tag had before a rename, and a WordPress term it came from.
    raw.prepare(`INSERT INTO SlugRedirect (kind, slug, targetId, createdAt) VALUES ('tag', 'older-slug', ?, ?)`).run(from.id, iso(new Date()));
    raw.prepare(`INSERT INTO ImportRecord (source, kind, externalId, targetId, hash, createdAt, updatedAt) VALUES ('wordpress', 'tag', '77', ?, '', ?, ?)`).run(from.id, iso(new Date()), iso(new Date()));

    const r = await t.mergeTag({ id: from.id, into: "الانتخابات" }, editor);
    expect(r).toEqual({ from: "انتخابات", into: "الانتخابات", moved: 1 });
    expect(exists(from.id)).toBe(false);
    expect(linksOf(into.id)).toEqual([a, both, c].sort((x, y) => x - y));
    // The rows lib/taxonomy/redirects.ts answers a 308 from (the e2e follows the address itself).
    const target = (slug: string) => (raw.prepare(`SELECT targetId FROM SlugRedirect WHERE kind = 'tag' AND slug = ?`).get(slug) as { targetId: number } | undefined)?.targetId;
    expect(target(from.slug)).toBe(into.id);
    expect(target("older-slug")).toBe(into.id);
    expect((raw.prepare(`SELECT targetId FROM ImportRecord WHERE externalId = '77'`).get() as { targetId: number }).targetId).toBe(into.id);
    const log = raw.prepare(`SELECT actorId, entityId, detail FROM AuditLog WHERE action = 'tag.merge'`).get() as { actorId: string; entityId: string; detail: string };
    expect(log.actorId).toBe("e1");
    expect(JSON.parse(log.detail)).toMatchObject({ name: "انتخابات", into: into.id, intoName: "الانتخابات", moved: 1, pieces: 2 });
  });

  it("finds the kept tag by slug or by its name typed without hamza or vowel marks", async () => {
    const a = tag("وسم ب");
    const kept = tag("أخبار عاجلة");
    await t.mergeTag({ id: a.id, into: kept.slug }, editor);
    expect(exists(a.id)).toBe(false);
    const b = tag("وسم ج");
    await t.mergeTag({ id: b.id, into: "اخبار عاجلة" }, editor);
    expect(exists(b.id)).toBe(false);
  });

  it("refuses an unknown tag and the tag itself, changing nothing", async () => {
    const a = tag("وسم د");
    link(piece(), a.id);
    await expect(t.mergeTag({ id: a.id, into: "لا وجود له" }, editor)).rejects.toThrow("لا يوجد وسم بهذا الاسم.");
    await expect(t.mergeTag({ id: a.id, into: "وسم د" }, editor)).rejects.toThrow("لا يُدمج الوسم في نفسه.");
    expect(exists(a.id)).toBe(true);
    expect(linksOf(a.id)).toHaveLength(1);
  });
});

describe("deleting tags", () => {
  it("deletes an unused tag and logs it", async () => {
    const a = tag("وسم مهمل");
    await t.deleteTag({ id: a.id }, editor);
    expect(exists(a.id)).toBe(false);
    expect(raw.prepare(`SELECT COUNT(*) AS n FROM AuditLog WHERE action = 'tag.delete' AND entityId = ?`).get(String(a.id))).toEqual({ n: 1 });
  });

  it("refuses a used tag in Arabic and keeps it with its pieces", async () => {
    const a = tag("وسم مستعمل");
    link(piece(), a.id);
    link(piece(), a.id);
    link(piece(), a.id);
    await expect(t.deleteTag({ id: a.id }, editor)).rejects.toThrow("لا يُحذف وسم مستعمل في 3 مقالات");
    expect(exists(a.id)).toBe(true);
    expect(linksOf(a.id)).toHaveLength(3);
  });
});
