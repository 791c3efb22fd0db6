import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { cardSelect, toCard, type ArticleCard } from "./select";
import { publicWhere } from "./visibility";

export type HomeData = {
  lead: ArticleCard | null;
  breaking: ArticleCard[];
  blocks: { section: { slug: string; name: string }; items: ArticleCard[] }[];
};

const BREAKING_WINDOW_MS = 24 * 3600_000;

export const getHomeData = unstable_cache(
  async (): Promise<HomeData> => {
    const now = new Date();
    const [lead, breaking, sections] = await Promise.all([
      db.article.findFirst({
        where: { ...publicWhere(now), imageId: { not: null }, breaking: false, section: { slug: { not: "opinion" } } },
        orderBy: { publishedAt: "desc" },
        select: cardSelect,
      }),
      db.article.findMany({
        where: { ...publicWhere(now), breaking: true, publishedAt: { lte: now, gte: new Date(now.getTime() - BREAKING_WINDOW_MS) } },
        orderBy: { publishedAt: "desc" },
        take: 3,
        select: cardSelect,
      }),
      db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } }),
    ]);
    const blocks = await Promise.all(
      sections.map(async (s) => ({
        section: { slug: s.slug, name: s.name },
        items: (
          await db.article.findMany({
            where: { ...publicWhere(now), sectionId: s.id, id: lead ? { not: lead.id } : undefined },
            orderBy: { publishedAt: "desc" },
            take: 4,
            select: cardSelect,
          })
        ).map(toCard),
      })),
    );
    return { lead: lead ? toCard(lead) : null, breaking: breaking.map(toCard), blocks: blocks.filter((b) => b.items.length) };
  },
  ["home"],
  // Breaking news expires by age, so the home data never lives longer than a few minutes.
  { tags: [tags.home, tags.latest, tags.names], revalidate: 300 },
);
