import "server-only";
import { db } from "@/lib/db";
import { series, totals, windows, type Windows } from "./days";

// The desk's statistics (issue 15, decision 197), read from the daily view counts
// (ArticleViewDay) and nothing else: no new tracking. The joins by section and by author
// are tagged-template statements with quoted identifiers, the same text on SQLite and
// PostgreSQL (decision 100); sums come back as bigint on PostgreSQL, hence Number().

export type Reads = { today: number; week: number; month: number };
export type PieceReads = Reads & { id: number; title: string; sectionName: string };
export type GroupReads = Reads & { id: number; name: string };
export type DayPoint = { day: string; count: number };

const n = (v: unknown) => Number(v ?? 0);

/** The top pieces of the last 30 days, with their reads today and in the last 7. */
export async function topPieces(limit = 20, w: Windows = windows()): Promise<PieceReads[]> {
  const rows = await db.$queryRaw<{ id: number; today: unknown; week: unknown; month: unknown }[]>`
    SELECT v."articleId" AS id,
           SUM(CASE WHEN v."day" = ${w.today} THEN v."count" ELSE 0 END) AS today,
           SUM(CASE WHEN v."day" >= ${w.week} THEN v."count" ELSE 0 END) AS week,
           SUM(v."count") AS month
    FROM "ArticleViewDay" v
    WHERE v."day" >= ${w.month}
    GROUP BY v."articleId"
    ORDER BY month DESC, id DESC
    LIMIT ${limit}`;
  const ids = rows.map((r) => Number(r.id));
  const articles = ids.length
    ? await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, section: { select: { name: true } } } })
    : [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  return rows.flatMap((r) => {
    const a = byId.get(Number(r.id));
    return a ? [{ id: a.id, title: a.title, sectionName: a.section.name, today: n(r.today), week: n(r.week), month: n(r.month) }] : [];
  });
}

/** Reads by section (each piece counts for its current section). */
export async function readsBySection(w: Windows = windows()): Promise<GroupReads[]> {
  const rows = await db.$queryRaw<{ id: number; name: string; today: unknown; week: unknown; month: unknown }[]>`
    SELECT s."id" AS id, s."name" AS name,
           SUM(CASE WHEN v."day" = ${w.today} THEN v."count" ELSE 0 END) AS today,
           SUM(CASE WHEN v."day" >= ${w.week} THEN v."count" ELSE 0 END) AS week,
           SUM(v."count") AS month
    FROM "ArticleViewDay" v
    JOIN "Article" a ON a."id" = v."articleId"
    JOIN "Section" s ON s."id" = a."sectionId"
    WHERE v."day" >= ${w.month}
    GROUP BY s."id", s."name"
    ORDER BY month DESC, s."id"`;
  return rows.map((r) => ({ id: Number(r.id), name: r.name, today: n(r.today), week: n(r.week), month: n(r.month) }));
}

/** Reads by byline: a piece with two authors counts fully for each (so the rows may add up to more than the site). */
export async function readsByAuthor(limit = 30, w: Windows = windows()): Promise<GroupReads[]> {
  const rows = await db.$queryRaw<{ id: number; name: string; today: unknown; week: unknown; month: unknown }[]>`
    SELECT au."id" AS id, au."name" AS name,
           SUM(CASE WHEN v."day" = ${w.today} THEN v."count" ELSE 0 END) AS today,
           SUM(CASE WHEN v."day" >= ${w.week} THEN v."count" ELSE 0 END) AS week,
           SUM(v."count") AS month
    FROM "ArticleViewDay" v
    JOIN "ArticleAuthor" aa ON aa."articleId" = v."articleId"
    JOIN "Author" au ON au."id" = aa."authorId"
    WHERE v."day" >= ${w.month}
    GROUP BY au."id", au."name"
    ORDER BY month DESC, au."id"
    LIMIT ${limit}`;
  return rows.map((r) => ({ id: Number(r.id), name: r.name, today: n(r.today), week: n(r.week), month: n(r.month) }));
}

/** The whole site's last 30 days, oldest first, with its totals. */
export async function siteSeries(w: Windows = windows()): Promise<{ points: DayPoint[]; reads: Reads }> {
  const rows = await db.articleViewDay.groupBy({ by: ["day"], where: { day: { gte: w.month } }, _sum: { count: true } });
  const points = series(w.days, rows.map((r) => ({ day: r.day, count: r._sum.count ?? 0 })));
  return { points, reads: totals(points, w) };
}

/** One piece's last 30 days, oldest first, with its totals; null when there is no such piece. */
export async function pieceSeries(articleId: number, w: Windows = windows()) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, slug: true, status: true, publishedAt: true, viewCount: true, section: { select: { name: true } } },
  });
  if (!article) return null;
  const rows = await db.articleViewDay.findMany({ where: { articleId, day: { gte: w.month } }, select: { day: true, count: true } });
  const points = series(w.days, rows);
  return { article, points, reads: totals(points, w) };
}
