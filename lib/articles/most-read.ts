import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { baghdadDay } from "@/lib/dates/format";
import { cardSelect, toCard, type ArticleCard } from "./select";
import { publicWhere } from "./visibility";

const WINDOW_DAYS = 7;

/**
 * "الأكثر قراءة": public pieces ranked by views over the last 7 Baghdad days
 * (ArticleViewDay, flushed from lib/views/buffer.ts). Pieces with no counted views yet
 * fill the list by their stored viewCount, among pieces published in those 7 days.
 */
export const getMostRead = unstable_cache(
  async (limit: number = 5): Promise<ArticleCard[]> => {
    const now = new Date();
    const sinceDay = baghdadDay(new Date(now.getTime() - (WINDOW_DAYS - 1) * 24 * 3600_000));
    const sums = await db.articleViewDay.groupBy({
      by: ["articleId"],
      where: { day: { gte: sinceDay }, article: publicWhere(now) },
      _sum: { count: true },
      orderBy: [{ _sum: { count: "desc" } }, { articleId: "desc" }],
      take: limit,
    });
    const ids = sums.map((s) => s.articleId);
    // By id only (a status filter here makes SQLite scan every published piece); the
    // groupBy above already kept public pieces.
    const ranked = ids.length ? await db.article.findMany({ where: { id: { in: ids } }, select: cardSelect }) : [];
    const byId = new Map(ranked.map((r) => [r.id, r]));
    const rows = ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
    if (rows.length < limit) {
      const fill = await db.article.findMany({
        where: { ...publicWhere(now), id: { notIn: ids }, publishedAt: { gte: new Date(now.getTime() - WINDOW_DAYS * 24 * 3600_000), lte: now } },
        orderBy: [{ viewCount: "desc" }, { publishedAt: "desc" }],
        take: limit - rows.length,
        select: cardSelect,
      });
      rows.push(...fill);
    }
    return rows.map(toCard);
  },
  ["most-read"],
  { tags: [tags.mostRead, tags.names], revalidate: 300 },
);
