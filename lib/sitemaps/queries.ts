import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { publicWhere } from "@/lib/articles/visibility";
import { SITEMAP_MAX_URLS } from "./xml";

// Dates travel through the data cache as ISO strings.
export type SitemapArticle = { id: number; slug: string; lastmod: string };

const LISTS = { tags: [tags.feeds, tags.latest], revalidate: 3600 };

/** Number of article chunks and the newest change in each (for the index). */
export const getArticleChunks = unstable_cache(
  async (): Promise<{ lastmod: string | null }[]> => {
    const total = await db.article.count({ where: publicWhere() });
    const chunks = Math.max(1, Math.ceil(total / SITEMAP_MAX_URLS));
    const newest = await db.article.findFirst({ where: publicWhere(), orderBy: { contentUpdatedAt: "desc" }, select: { contentUpdatedAt: true } });
    return Array.from({ length: chunks }, () => ({ lastmod: newest?.contentUpdatedAt?.toISOString() ?? null }));
  },
  ["sitemap-chunks"],
  LISTS,
);

/** Chunk n (0-based) of public pieces, oldest id first so chunks stay stable. */
export const getArticleChunk = (n: number) =>
  unstable_cache(
    async (): Promise<SitemapArticle[]> => {
      const rows = await db.article.findMany({
        where: publicWhere(),
        orderBy: { id: "asc" },
        skip: n * SITEMAP_MAX_URLS,
        take: SITEMAP_MAX_URLS,
        select: { id: true, slug: true, publishedAt: true, contentUpdatedAt: true },
      });
      return rows.map((r) => ({ id: r.id, slug: r.slug, lastmod: (r.contentUpdatedAt ?? r.publishedAt ?? new Date(0)).toISOString() }));
    },
    ["sitemap-articles", String(n)],
    LISTS,
  )();

/** Sections, authors, tags and supplements: every listing page readers can reach. */
export const getListingSlugs = unstable_cache(
  async () => {
    const [sections, authors, tagRows, supplements] = await Promise.all([
      db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true } }),
      db.author.findMany({ where: { articles: { some: { article: publicWhere() } } }, orderBy: { id: "asc" }, select: { slug: true } }),
      db.tag.findMany({ where: { articles: { some: { article: publicWhere() } } }, orderBy: { id: "asc" }, select: { slug: true } }),
      db.supplement.findMany({ orderBy: { id: "asc" }, select: { slug: true } }),
    ]);
    const s = (xs: { slug: string }[]) => xs.map((x) => x.slug);
    return { sections: s(sections), authors: s(authors), tags: s(tagRows), supplements: s(supplements) };
  },
  ["sitemap-listings"],
  { tags: [tags.feeds, tags.latest, tags.sections], revalidate: 3600 },
);

export const NEWS_WINDOW_MS = 48 * 3600_000;

/** Pieces published in the last 48 hours, for the Google News sitemap (max 1,000). */
export const getRecentNews = unstable_cache(
  async () => {
    const now = new Date();
    const rows = await db.article.findMany({
      where: { ...publicWhere(now), publishedAt: { lte: now, gte: new Date(now.getTime() - NEWS_WINDOW_MS) } },
      orderBy: { publishedAt: "desc" },
      take: 1000,
      select: { id: true, slug: true, title: true, publishedAt: true },
    });
    return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title, publishedAt: r.publishedAt!.toISOString() }));
  },
  ["news-sitemap"],
  // Ages out by itself: never older than a few minutes.
  { tags: [tags.feeds, tags.latest], revalidate: 300 },
);
