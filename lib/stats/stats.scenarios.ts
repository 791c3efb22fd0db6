import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baghdadDay } from "@/lib/dates/format";

// The desk's statistics against a real database, SQLite (stats.test.ts) or PostgreSQL
// (stats.postgres.test.ts): the same counts either way, by piece, section and author, with
// Baghdad days. The caller sets DATABASE_URL to a migrated, empty database first.

export function statsScenarios(cleanup: () => Promise<void> | void) {
  let db: typeof import("@/lib/db").db;
  let s: typeof import("./queries");
  let d: typeof import("./days");
  const now = new Date("2026-12-03T09:00:00Z");
  const day = (back: number) => baghdadDay(new Date(now.getTime() - back * 24 * 3600_000));

  beforeAll(async () => {
    ({ db } = await import("@/lib/db"));
    s = await import("./queries");
    d = await import("./days");
    await db.section.create({ data: { id: 1, slug: "politics", name: "سياسة" } });
    await db.section.create({ data: { id: 2, slug: "sport", name: "رياضة", position: 1 } });
    await db.author.create({ data: { id: 1, slug: "ali", name: "علي" } });
    await db.author.create({ data: { id: 2, slug: "huda", name: "هدى" } });
    const piece = async (id: number, sectionId: number, authors: number[]) =>
      db.article.create({
        data: { id, status: "published", slug: `p${id}`, title: `مقال ${id}`, sectionId, publishedAt: new Date(now.getTime() - 40 * 24 * 3600_000), authors: { create: authors.map((authorId, position) => ({ authorId, position })) } },
      });
    await piece(1, 1, [1]);
    await piece(2, 1, [1, 2]);
    await piece(3, 2, []);
    const views: [number, number, number][] = [
      // [article, days back, count]
      [1, 0, 10],
      [1, 3, 5],
      [1, 20, 7],
      [1, 35, 1000], // outside the 30 days
      [2, 0, 1],
      [2, 6, 2],
      [2, 7, 4], // the 8th day back: in the 30, not the 7
      [3, 29, 50], // the 30th day back: the first day of the window
    ];
    for (const [articleId, back, count] of views) await db.articleViewDay.create({ data: { articleId, day: day(back), count } });
  });

  afterAll(async () => {
    await db.$disconnect();
    await cleanup();
  });

  describe("desk statistics", () => {
    it("ranks pieces by their 30 days, with today and 7 days beside", async () => {
      const top = await s.topPieces(10, d.windows(now));
      expect(top.map((p) => [p.id, p.today, p.week, p.month])).toEqual([
        [3, 0, 0, 50],
        [1, 10, 15, 22],
        [2, 1, 3, 7],
      ]);
      expect(top[1]).toMatchObject({ title: "مقال 1", sectionName: "سياسة" });
    });

    it("adds up by section and by byline (a shared piece counts for each of its authors)", async () => {
      const w = d.windows(now);
      expect((await s.readsBySection(w)).map((r) => [r.name, r.today, r.week, r.month])).toEqual([
        ["رياضة", 0, 0, 50],
        ["سياسة", 11, 18, 29],
      ]);
      expect((await s.readsByAuthor(10, w)).map((r) => [r.name, r.today, r.week, r.month])).toEqual([
        ["علي", 11, 18, 29],
        ["هدى", 1, 3, 7],
      ]);
    });

    it("draws the site's and one piece's last 30 days, oldest first, zeros included", async () => {
      const w = d.windows(now);
      const site = await s.siteSeries(w);
      expect(site.points).toHaveLength(30);
      expect(site.points[0]).toEqual({ day: day(29), count: 50 });
      expect(site.points[29]).toEqual({ day: day(0), count: 11 });
      expect(site.reads).toEqual({ today: 11, week: 18, month: 79 });
      const piece = await s.pieceSeries(1, w);
      expect(piece!.reads).toEqual({ today: 10, week: 15, month: 22 });
      expect(await s.pieceSeries(999, w)).toBeNull();
    });
  });
}
