import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

// The plain-SQL reads must return exactly what the Prisma queries they replace returned,
// and apply the same visibility rule.
const tmp = createTempDatabase();
const raw = tmp.raw;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const HOUR = 3600_000;
let sql: typeof import("./sql");
let prismaCards: (ids: number[]) => Promise<unknown[]>;

function article(f: { title: string; status?: string; publishedAt?: Date | null; sectionId?: number; imageId?: number | null; supplementId?: number | null; breaking?: number }) {
  const t = iso(new Date());
  const status = f.status ?? "published";
  const publishedAt = f.publishedAt === undefined ? new Date(Date.now() - HOUR) : f.publishedAt;
  return Number(
    raw
      .prepare(
        `INSERT INTO Article (status, slug, title, kicker, excerpt, bodyHtml, dateline, sectionId, supplementId, imageId, imageAlt, imageCaption, breaking, commentsOpen, publishedAt, contentUpdatedAt, createdAt, updatedAt)
         VALUES (?, ?, ?, 'كيكر', 'مقتطف', '<p>نص</p>', 'بغداد/ المدى', ?, ?, ?, 'وصف', 'تعليق', ?, 0, ?, ?, ?, ?)`,
      )
      .run(status, f.title.replace(/ /g, "-"), f.title, f.sectionId ?? 1, f.supplementId ?? null, f.imageId ?? null, f.breaking ?? 0, publishedAt ? iso(publishedAt) : null, publishedAt ? iso(publishedAt) : null, t, t).lastInsertRowid,
  );
}

let ids: Record<string, number> = {};

beforeAll(async () => {
  sql = await import("./sql");
  const { db } = await import("@/lib/db");
  const { cardSelect, toCard } = await import("./select");
  prismaCards = async (list) => (await db.article.findMany({ where: { id: { in: list } }, select: cardSelect, orderBy: { id: "asc" } })).map(toCard);
  const t = iso(new Date());
  raw.exec(`
    INSERT INTO Section (id, slug, name, createdAt, updatedAt) VALUES (1, 'politics', 'سياسية', '${t}', '${t}'), (2, 'economy', 'اقتصاد', '${t}', '${t}');
    INSERT INTO Media (id, path, mime, width, height, bytes, createdAt) VALUES (1, 'demo/a.webp', 'image/webp', 1200, 800, 100, '${t}');
    INSERT INTO Supplement (id, slug, name, createdAt, updatedAt) VALUES (1, 'book-fair', 'ملحق معرض العراق للكتاب', '${t}', '${t}');
    INSERT INTO Author (id, slug, name, columnName, createdAt, updatedAt) VALUES (1, 'ali', 'علي حسين', 'العمود الثامن', '${t}', '${t}'), (2, 'tamim', 'تميم الحسن', NULL, '${t}', '${t}');
    INSERT INTO Tag (id, slug, name, createdAt) VALUES (1, 'iraq', 'العراق', '${t}'), (2, 'usa', 'واشنطن', '${t}'), (3, 'oil', 'النفط', '${t}');
  `);
  ids = {
    main: article({ title: "الخبر الرئيسي", imageId: 1, supplementId: 1, breaking: 1, publishedAt: new Date(Date.now() - 10 * HOUR) }),
    twoTags: article({ title: "يشارك وسمين", publishedAt: new Date(Date.now() - 20 * HOUR) }),
    oneTagAfter: article({ title: "يشارك وسما بعده", publishedAt: new Date(Date.now() - 5 * HOUR) }),
    sameSection: article({ title: "من القسم نفسه", publishedAt: new Date(Date.now() - 11 * HOUR) }),
    otherSection: article({ title: "من قسم آخر", sectionId: 2, publishedAt: new Date(Date.now() - 10 * HOUR) }),
    draft: article({ title: "مسودة", status: "draft", publishedAt: null }),
    future: article({ title: "منشور لاحقا", publishedAt: new Date(Date.now() + HOUR) }),
    archived: article({ title: "مؤرشف", status: "archived" }),
  };
  const link = raw.prepare(`INSERT INTO ArticleAuthor (articleId, authorId, position) VALUES (?, ?, ?)`);
  link.run(ids.main, 2, 1);
  link.run(ids.main, 1, 0);
  link.run(ids.twoTags, 2, 0);
  const tag = raw.prepare(`INSERT INTO ArticleTag (articleId, tagId) VALUES (?, ?)`);
  for (const [a, t2] of [[ids.main, 1], [ids.main, 2], [ids.twoTags, 1], [ids.twoTags, 2], [ids.oneTagAfter, 2], [ids.otherSection, 3], [ids.draft, 1], [ids.future, 1]] as const) tag.run(a, t2);
});
afterAll(() => {
  raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("plain-SQL reads", () => {
  it("reads a public piece with its section, bylines in order, image, tags and supplement", async () => {
    const a = await sql.readPublicArticle(ids.main!);
    expect(a).toMatchObject({
      id: ids.main,
      title: "الخبر الرئيسي",
      kicker: "كيكر",
      dateline: "بغداد/ المدى",
      breaking: true,
      commentsOpen: false,
      bodyHtml: "<p>نص</p>",
      imageCaption: "تعليق",
      section: { slug: "politics", name: "سياسية" },
      authors: [
        { slug: "ali", name: "علي حسين", columnName: "العمود الثامن" },
        { slug: "tamim", name: "تميم الحسن", columnName: null },
      ],
      image: { path: "demo/a.webp", width: 1200, height: 800, alt: "وصف" },
      tags: [
        { id: 1, slug: "iraq", name: "العراق" },
        { id: 2, slug: "usa", name: "واشنطن" },
      ],
      supplement: { slug: "book-fair", name: "ملحق معرض العراق للكتاب" },
      sectionId: 1,
    });
    expect(a!.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
  });

  it("finds nothing for drafts, pieces scheduled for later, archived pieces and unknown ids", async () => {
    for (const id of [ids.draft, ids.future, ids.archived, 999999]) expect(await sql.readPublicArticle(id!)).toBeNull();
  });

  it("builds the same cards as the Prisma query they replace", async () => {
    const list = [ids.main!, ids.twoTags!, ids.otherSection!];
    const cards = await sql.cardsByIds(list);
    expect(list.map((id) => cards.get(id))).toEqual(await prismaCards(list));
  });

  it("offers related candidates on each side of a date, counting shared tags, public ones only", async () => {
    const at = new Date(Date.now() - 10 * HOUR);
    const before = await sql.relatedCandidates({ articleId: ids.main!, at, side: "before", tagIds: [1, 2], take: 6 });
    const after = await sql.relatedCandidates({ articleId: ids.main!, at, side: "after", tagIds: [1, 2], take: 6 });
    expect(before.map((c) => [c.id, c.shared])).toEqual([[ids.twoTags, 2]]);
    expect(after.map((c) => [c.id, c.shared])).toEqual([[ids.oneTagAfter, 1]]);
    const section = await sql.relatedCandidates({ articleId: ids.main!, at, side: "before", sectionId: 1, take: 6 });
    expect(section.map((c) => c.id)).toEqual([ids.sameSection, ids.twoTags]);
    expect(section[0]!.publishedAt).toBeInstanceOf(Date);
  });
});
