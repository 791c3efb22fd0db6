import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { tags } from "@/lib/cache/tags";
import { isPublic, publicWhere } from "@/lib/articles/visibility";

// Dates travel through the data cache as ISO strings.
export type SitemapArticle = { id: number; slug: string; lastmod: string };

const LISTS = { tags: [tags.feeds, tags.latest], revalidate: 3600 };

/**
 * Article sitemaps are id ranges of SITEMAP_CHUNK ids: a piece never moves between
 * files, each file stays well under the data cache's 2 MB entry limit, and every read
 * walks the primary key (a status filter in SQL would walk every published row).
 */
export const SITEMAP_CHUNK = 5_000;

type Bucket = { k: number | bigint; lastmod: string | Date | null };

/** The chunks (1-based numbers) and the newest change in each, for the index. */
export const getArticleChunks = unstable_cache(
  async (): Promise<{ n: number; lastmod: string | null }[]> => {
    const [range] = await db.$queryRaw<{ lo: number | bigint | null }[]>`SELECT MIN("id") AS lo FROM "Article"`;
    const lo = Number(range?.lo ?? 1);
    // Integer literals (not bound parameters, which may arrive as reals) keep the division
    // whole. A piece published with a future date only makes a lastmod early; harmless.
    const rows = await db.$queryRaw<Bucket[]>`
      SELECT ("id" - ${Prisma.raw(String(lo))}) / ${Prisma.raw(String(SITEMAP_CHUNK))} AS k, MAX(COALESCE("contentUpdatedAt", "publishedAt")) AS lastmod
      FROM "Article" WHERE "status" = 'published' GROUP BY 1 ORDER BY 1`;
    return rows.map((r) => ({ n: Number(r.k) + 1, lastmod: r.lastmod ? new Date(r.lastmod).toISOString() : null }));
  },
  ["sitemap-chunks"],
  LISTS,
);

/** Public pieces of chunk n (1-based), by id. */
export const getArticleChunk = (n: number) =>
  unstable_cache(
    async (): Promise<SitemapArticle[]> => {
      const [range] = await db.$queryRaw<{ lo: number | bigint | null }[]>`SELECT MIN("id") AS lo FROM "Article"`;
      const from = Number(range?.lo ?? 1) + (n - 1) * SITEMAP_CHUNK;
      const rows = await db.article.findMany({
        where: { id: { gte: from, lt: from + SITEMAP_CHUNK } },
        orderBy: { id: "asc" },
        select: { id: true, slug: true, status: true, publishedAt: true, contentUpdatedAt: true },
      });
      const now = new Date();
      return rows
        .filter((r) => isPublic(r, now))
        .map((r) => ({ id: r.id, slug: r.slug, lastmod: (r.contentUpdatedAt ?? r.publishedAt ?? new Date(0)).toISOString() }));
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
