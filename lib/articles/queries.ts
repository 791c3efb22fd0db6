import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { cardSelect, toCard, type ArticleCard } from "./select";
import { cardsByIds, readPublicArticle, relatedCandidates, type Candidate } from "./sql";
import { publicWhere } from "./visibility";

export const PAGE_SIZE = 20;

export type Paged<T> = { items: T[]; page: number; pages: number; total: number };

/** Latest published pieces ("يحدث الآن"). */
export const getLatest = unstable_cache(
  async (limit: number = 10): Promise<ArticleCard[]> => {
    const rows = await db.article.findMany({
      where: publicWhere(),
      orderBy: { publishedAt: "desc" },
      take: limit,
      select: cardSelect,
    });
    return rows.map(toCard);
  },
  ["latest"],
  { tags: [tags.latest, tags.names], revalidate: 3600 },
);

export type ArticleView = ArticleCard & {
  bodyHtml: string;
  imageCaption: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  contentUpdatedAt: string | null;
  commentsOpen: boolean;
  commentPolicy: string | null;
  sectionId: number;
  tags: { id: number; slug: string; name: string }[];
  supplement: { slug: string; name: string } | null;
};

/** A public piece by id, or null (unknown, draft, in review, scheduled, archived). */
export const getPublicArticle = cache((id: number) =>
  unstable_cache(async (): Promise<ArticleView | null> => readPublicArticle(id), ["article", String(id)], {
    tags: [tags.article(id), tags.names],
    revalidate: 86400,
  })(),
);

/** Where an id lives now, for redirects of old or partial URLs (null when not public). */
export const getCanonicalSlug = cache(async (id: number) => (await getPublicArticle(id))?.slug ?? null);

/**
 * 3–6 related pieces: those sharing the most tags first, then the same section; within
 * each, the pieces published closest in time (a 2024 story relates to its contemporaries).
 * Each side of the article's date is read through an index, so this stays cheap at scale.
 */
export const getRelated = unstable_cache(
  async (articleId: number, sectionId: number, tagIds: number[], publishedAt: string): Promise<ArticleCard[]> => {
    const at = new Date(publishedAt);
    const around = async (match: { tagIds?: number[]; sectionId?: number }) =>
      (
        await Promise.all([
          relatedCandidates({ articleId, at, side: "before", take: 6, ...match }),
          relatedCandidates({ articleId, at, side: "after", take: 6, ...match }),
        ])
      ).flat();
    const distance = (r: Candidate) => Math.abs(r.publishedAt.getTime() - at.getTime());
    const byTags = tagIds.length ? await around({ tagIds }) : [];
    byTags.sort((a, b) => b.shared - a.shared || distance(a) - distance(b));
    const picked = byTags.slice(0, 6).map((r) => r.id);
    if (picked.length < 6) {
      const seen = new Set(picked);
      const bySection = (await around({ sectionId })).filter((r) => !seen.has(r.id)).sort((a, b) => distance(a) - distance(b));
      picked.push(...bySection.slice(0, 6 - picked.length).map((r) => r.id));
    }
    const cards = await cardsByIds(picked);
    return picked.flatMap((id) => cards.get(id) ?? []);
  },
  ["related"],
  { tags: [tags.latest, tags.names], revalidate: 3600 },
);

async function pagedCards(where: object, page: number): Promise<Paged<ArticleCard>> {
  const full = { ...publicWhere(), ...where };
  const [total, rows] = await Promise.all([
    db.article.count({ where: full }),
    db.article.findMany({
      where: full,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: cardSelect,
    }),
  ]);
  return { items: rows.map(toCard), page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

export const getSectionArticles = (sectionId: number, slug: string, page: number) =>
  unstable_cache(() => pagedCards({ sectionId }, page), ["section-list", String(sectionId), String(page)], {
    tags: [tags.section(slug), tags.names],
    revalidate: 3600,
  })();

export const getAuthorArticles = (authorId: number, slug: string, page: number) =>
  unstable_cache(() => pagedCards({ authors: { some: { authorId } } }, page), ["author-list", String(authorId), String(page)], {
    tags: [tags.author(slug), tags.names],
    revalidate: 3600,
  })();

export const getTagArticles = (tagId: number, slug: string, page: number) =>
  unstable_cache(() => pagedCards({ tags: { some: { tagId } } }, page), ["tag-list", String(tagId), String(page)], {
    tags: [tags.tag(slug), tags.names],
    revalidate: 3600,
  })();

export const getSupplementArticles = (supplementId: number, slug: string, page: number) =>
  unstable_cache(() => pagedCards({ supplementId }, page), ["supplement-list", String(supplementId), String(page)], {
    tags: [tags.supplement(slug), tags.names],
    revalidate: 3600,
  })();
