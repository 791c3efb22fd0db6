import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { cardSelect, toCard, type ArticleCard } from "./select";
import { publicWhere } from "./visibility";

/** "الأكثر قراءة": the most viewed public pieces published in the last 7 days. */
export const getMostRead = unstable_cache(
  async (limit: number = 5): Promise<ArticleCard[]> => {
    const since = new Date(Date.now() - 7 * 24 * 3600_000);
    const rows = await db.article.findMany({
      where: { ...publicWhere(), publishedAt: { gte: since, lte: new Date() } },
      orderBy: [{ viewCount: "desc" }, { publishedAt: "desc" }],
      take: limit,
      select: cardSelect,
    });
    return rows.map(toCard);
  },
  ["most-read"],
  { tags: [tags.mostRead], revalidate: 600 },
);
