import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { cardSelect, toCard, type ArticleCard } from "./select";
import { publicWhere } from "./visibility";

export type HomeData = {
  lead: ArticleCard | null;
  /** The next stories with a picture under the lead; the section blocks do not repeat them. */
  top: ArticleCard[];
  breaking: ArticleCard[];
  blocks: { section: { slug: string; name: string }; items: ArticleCard[] }[];
};

const TOP_STORIES = 3;
const BREAKING_WINDOW_MS = 24 * 3600_000;

export const getHomeData = unstable_cache(
  async (): Promise<HomeData> => {
    const now = new Date();
    // The lead and the top stories: the newest news pieces with a picture (opinion columns
    // and breaking items have places of their own).
    const [leading, breaking, sections] = await Promise.all([
      db.article.findMany({
        where: { ...publicWhere(now), imageId: { not: null }, breaking: false, section: { slug: { not: "opinion" } } },
        orderBy: { publishedAt: "desc" },
        take: 1 + TOP_STORIES,
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
    const [lead, ...top] = leading;
    const shown = leading.map((a) => a.id);
    const blocks = await Promise.all(
      sections.map(async (s) => ({
        section: { slug: s.slug, name: s.name },
        items: (
          await db.article.findMany({
            where: { ...publicWhere(now), sectionId: s.id, id: { notIn: shown } },
            orderBy: { publishedAt: "desc" },
            take: 4,
            select: cardSelect,
          })
        ).map(toCard),
      })),
    );
    return { lead: lead ? toCard(lead) : null, top: top.map(toCard), breaking: breaking.map(toCard), blocks: blocks.filter((b) => b.items.length) };
  },
  ["home"],
  // Breaking news expires by age, so the home data never lives longer than a few minutes.
  { tags: [tags.home, tags.latest, tags.names], revalidate: 300 },
);
