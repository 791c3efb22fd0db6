import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { revalidateArticle, type ArticleCacheKeys } from "@/lib/cache/revalidate";
import { indexArticle } from "@/lib/search/index";

// Every post-write hook for articles lives here, so the mutations, the workflow and the
// scheduler all trigger the same things.

type Tx = Prisma.TransactionClient | typeof db;

/** The cache keys of a piece as it is now (section, bylines, tags, supplement). */
export async function articleCacheKeys(tx: Tx, id: number): Promise<ArticleCacheKeys> {
  const a = await tx.article.findUnique({
    where: { id },
    select: {
      slug: true,
      status: true,
      breaking: true,
      imageId: true,
      publishedAt: true,
      section: { select: { slug: true } },
      supplement: { select: { slug: true } },
      authors: { select: { author: { select: { slug: true } } } },
      tags: { select: { tag: { select: { slug: true } } } },
    },
  });
  return {
    id,
    slug: a?.slug,
    sectionSlugs: a ? [a.section.slug] : [],
    authorSlugs: a ? a.authors.map((x) => x.author.slug) : [],
    tagSlugs: a ? a.tags.map((x) => x.tag.slug) : [],
    supplementSlugs: a?.supplement ? [a.supplement.slug] : [],
    // What decides which lists show the piece besides its section, bylines, tags, supplement.
    listing: a ? JSON.stringify([a.status, a.breaking, a.imageId !== null, a.publishedAt?.getTime() ?? null]) : undefined,
  };
}

/** Does every list that showed the piece before still show it, and no other (an edit of its text)? */
export function sameLists(a: ArticleCacheKeys, b: ArticleCacheKeys): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && [...x].sort().join("\n") === [...y].sort().join("\n");
  return (
    a.listing !== undefined &&
    a.listing === b.listing &&
    same(a.sectionSlugs, b.sectionSlugs) &&
    same(a.authorSlugs, b.authorSlugs) &&
    same(a.tagSlugs, b.tagSlugs) &&
    same(a.supplementSlugs, b.supplementSlugs)
  );
}

export function mergeKeys(a: ArticleCacheKeys, b: ArticleCacheKeys): ArticleCacheKeys {
  const u = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return {
    id: a.id,
    slug: b.slug ?? a.slug,
    sectionSlugs: u(a.sectionSlugs, b.sectionSlugs),
    authorSlugs: u(a.authorSlugs, b.authorSlugs),
    tagSlugs: u(a.tagSlugs, b.tagSlugs),
    supplementSlugs: u(a.supplementSlugs, b.supplementSlugs),
  };
}

/** Inside the write's transaction: things that must commit together with the change. */
export async function afterArticleWriteInTx(tx: Prisma.TransactionClient, id: number) {
  // The search index follows what readers may see, in the same transaction as the change.
  await indexArticle(tx, id);
}

/**
 * After the transaction committed, when readers may see a difference: expire the
 * pages that show the piece, under its OLD and NEW section/bylines/tags/supplement.
 * `expire` defaults to revalidateTag (request context); the scheduler passes its own.
 */
export function afterReaderVisibleChange(
  before: ArticleCacheKeys,
  after: ArticleCacheKeys,
  expire: (keys: ArticleCacheKeys, membership: "changed" | "unchanged") => void = revalidateArticle,
) {
  expire(mergeKeys(before, after), sameLists(before, after) ? "unchanged" : "changed");
}

/** After a piece went live, came down or was archived: every list that shows it changed. */
export function afterStatusChange(keys: ArticleCacheKeys) {
  revalidateArticle(keys, "changed");
}
