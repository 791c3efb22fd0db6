import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { publicWhere } from "@/lib/articles/visibility";

export const FEED_SIZE = 30;

export type FeedEntry = {
  id: number;
  slug: string;
  title: string;
  excerpt: string | null;
  publishedAt: string;
  updatedAt: string;
  section: { slug: string; name: string };
  authors: { slug: string; name: string }[];
  image: { path: string; mime: string; bytes: number } | null;
};

export type FeedScope = { kind: "site" } | { kind: "section"; id: number; slug: string } | { kind: "author"; id: number; slug: string };

async function readEntries(scope: FeedScope): Promise<FeedEntry[]> {
  const where =
    scope.kind === "section" ? { sectionId: scope.id } : scope.kind === "author" ? { authors: { some: { authorId: scope.id } } } : {};
  const rows = await db.article.findMany({
    where: { ...publicWhere(), ...where },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: {
      id: true,
      slug: true,
      title: true,
      excerpt: true,
      publishedAt: true,
      contentUpdatedAt: true,
      section: { select: { slug: true, name: true } },
      authors: { select: { author: { select: { slug: true, name: true } } }, orderBy: { position: "asc" } },
      image: { select: { path: true, mime: true, bytes: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    excerpt: r.excerpt,
    publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
    updatedAt: (r.contentUpdatedAt ?? r.publishedAt ?? new Date(0)).toISOString(),
    section: r.section,
    authors: r.authors.map((a) => a.author),
    image: r.image,
  }));
}

/** The latest 30 public pieces of the site, a section or an author (cached, tag-expired). */
export function getFeedEntries(scope: FeedScope): Promise<FeedEntry[]> {
  const key = scope.kind === "site" ? ["feed", "site"] : ["feed", scope.kind, String(scope.id)];
  const scopeTags = scope.kind === "section" ? [tags.section(scope.slug)] : scope.kind === "author" ? [tags.author(scope.slug)] : [];
  return unstable_cache(() => readEntries(scope), key, { tags: [tags.feeds, tags.latest, tags.names, ...scopeTags], revalidate: 3600 })();
}
