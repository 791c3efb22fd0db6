import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPublicArticle } from "@/lib/articles/queries";
import { cardSelect, toCard, type ArticleCard } from "@/lib/articles/select";
import { publicWhere } from "@/lib/articles/visibility";
import { runSearch } from "@/lib/search/engine";
import { getSections } from "@/lib/sections/queries";
import { decodeCursor, encodeCursor } from "./cursor";
import { DEFAULT_LIMIT, type ArticleListQuery } from "./params";

// The content API's reads. Visibility is the reader pages' own rule (publicWhere in
// lib/articles/visibility.ts, and getPublicArticle for one piece), and cards come from the
// same select as the pages' lists (lib/articles/select.ts): a piece the site does not show
// is not in the API either, by list, id or filter.

export type ApiArticleSource = ArticleCard & {
  contentUpdatedAt: string | null;
  imageCaption: string | null;
  tags: { slug: string; name: string }[];
  supplement: { slug: string; name: string } | null;
  commentCount: number;
  bodyHtml?: string;
};

const listSelect = {
  ...cardSelect,
  contentUpdatedAt: true,
  imageCaption: true,
  supplement: { select: { slug: true, name: true } },
  tags: { select: { tag: { select: { id: true, slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;
type ListRow = Prisma.ArticleGetPayload<{ select: typeof listSelect }>;

/** Comments readers see (approved, and replies only under approved ones), per piece. */
export async function commentCounts(ids: number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const rows = await db.comment.groupBy({
    by: ["articleId"],
    where: { articleId: { in: ids }, status: "approved", OR: [{ parentId: null }, { parent: { status: "approved" } }] },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.articleId, r._count._all]));
}

function toSource(r: ListRow, commentCount: number): ApiArticleSource {
  return {
    ...toCard(r),
    contentUpdatedAt: r.contentUpdatedAt?.toISOString() ?? null,
    imageCaption: r.imageCaption,
    tags: r.tags.map((t) => t.tag).sort((a, b) => a.id - b.id).map(({ slug, name }) => ({ slug, name })),
    supplement: r.supplement,
    commentCount,
  };
}

async function withExtras(rows: ListRow[]): Promise<ApiArticleSource[]> {
  const counts = await commentCounts(rows.map((r) => r.id));
  return rows.map((r) => toSource(r, counts.get(r.id) ?? 0));
}

/**
 * One piece as the API lists it, whatever its status, read through the caller's transaction:
 * webhook events describe the piece as the change that raised them left it (lib/webhooks).
 */
export async function articleSourceIn(tx: Prisma.TransactionClient, id: number): Promise<ApiArticleSource | null> {
  const row = await tx.article.findUnique({ where: { id }, select: listSelect });
  if (!row) return null;
  const count = await tx.comment.count({ where: { articleId: id, status: "approved", OR: [{ parentId: null }, { parent: { status: "approved" } }] } });
  return toSource(row, count);
}

export type Page<T> = { items: T[]; nextCursor: string | null };

/** One page of public pieces, newest first, (publishedAt, id) strictly after the cursor. */
export async function listArticles(q: ArticleListQuery, now = new Date()): Promise<Page<ApiArticleSource> | { unknown: keyof ArticleListQuery }> {
  const limit = q.limit ?? DEFAULT_LIMIT;
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  const sections = q.section ? await getSections() : [];
  const section = q.section ? sections.find((s) => s.slug === q.section) : undefined;
  if (q.section && !section) return { unknown: "section" };

  if (q.q !== undefined) {
    // Text search: the site's own engine, newest first, one engine page per API page.
    const page = cursor?.p ?? 1;
    const r = await runSearch(db, q.q, { page, sort: "newest", sectionId: section?.id ?? null });
    if (!r) return { items: [], nextCursor: null };
    const ids = r.items.map((i) => i.id);
    const rows = await db.article.findMany({ where: { ...publicWhere(now), id: { in: ids } }, select: listSelect });
    const byId = new Map(rows.map((x) => [x.id, x]));
    const items = await withExtras(ids.flatMap((id) => byId.get(id) ?? []));
    return { items, nextCursor: page < r.pages && page < 500 ? encodeCursor({ id: 0, p: page + 1 }) : null };
  }

  const where: Prisma.ArticleWhereInput[] = [publicWhere(now)];
  if (section) where.push({ sectionId: section.id });
  if (q.tag) where.push({ tags: { some: { tag: { slug: q.tag } } } });
  if (q.author) where.push({ authors: { some: { author: { slug: q.author } } } });
  if (q.supplement) where.push({ supplement: { slug: q.supplement } });
  if (q.updated_since) where.push({ OR: [{ publishedAt: { gte: q.updated_since } }, { contentUpdatedAt: { gte: q.updated_since } }] });
  if (cursor?.t) {
    const t = new Date(cursor.t);
    where.push({ OR: [{ publishedAt: { lt: t } }, { publishedAt: t, id: { lt: cursor.id } }] });
  }
  const rows = await db.article.findMany({
    where: { AND: where },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: listSelect,
  });
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: await withExtras(page),
    nextCursor: more && last?.publishedAt ? encodeCursor({ t: last.publishedAt.toISOString(), id: last.id }) : null,
  };
}

/** Does this slug name a tag / author / supplement? (a filter on an unknown one is a 404, not an empty list). */
export async function slugExists(kind: "tag" | "author" | "supplement", slug: string): Promise<boolean> {
  const where = { slug };
  const row = kind === "tag" ? await db.tag.findUnique({ where, select: { id: true } }) : kind === "author" ? await db.author.findUnique({ where, select: { id: true } }) : await db.supplement.findUnique({ where, select: { id: true } });
  return row !== null;
}

/** One public piece with its body, by the page's own cached read; null when readers cannot see it. */
export async function readArticle(id: number): Promise<ApiArticleSource | null> {
  const a = await getPublicArticle(id);
  if (!a) return null;
  const counts = await commentCounts([id]);
  return {
    ...a,
    tags: a.tags.map(({ slug, name }) => ({ slug, name })),
    commentCount: counts.get(id) ?? 0,
  };
}

/** Public pieces by id, in the given order (latest, most read, the home arrangement). */
export async function articlesByIds(ids: number[], now = new Date()): Promise<ApiArticleSource[]> {
  if (!ids.length) return [];
  const rows = await db.article.findMany({ where: { ...publicWhere(now), id: { in: ids } }, select: listSelect });
  const byId = new Map((await withExtras(rows)).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listSections() {
  return getSections();
}

/** Tags by id, with how many public pieces carry each. */
export async function listTags(afterId: number, limit: number, now = new Date()) {
  const rows = await db.tag.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: { id: true, slug: true, name: true, _count: { select: { articles: { where: { article: publicWhere(now) } } } } },
  });
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

export async function listAuthors(afterId: number, limit: number) {
  const rows = await db.author.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: { id: true, slug: true, name: true, bio: true, columnName: true, photo: { select: { path: true, width: true, height: true } } },
  });
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

export async function readAuthor(slug: string) {
  return db.author.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, bio: true, columnName: true, photo: { select: { path: true, width: true, height: true } } } });
}

export async function listSupplements() {
  return db.supplement.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, name: true, description: true, cover: { select: { path: true, width: true, height: true } } } });
}
