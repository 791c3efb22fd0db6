import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { toCard, type ArticleCard } from "./select";

// The reads behind a first visit to a piece, as plain SQL (decision 008). Prisma's query
// builder costs 2–3 ms of CPU for each call with relations (it plans every query anew), and
// a piece's page needs five; these do the same in simple statements (~0.3 ms each).
// Portable to PostgreSQL: quoted identifiers, no dialect functions, and the status as a
// literal (a PostgreSQL enum compares with a literal, not with a text parameter). Prisma
// types the results from the columns: dates come back as Date, flags as boolean.

type CardRow = Omit<ArticleCard, "publishedAt" | "section" | "authors" | "image"> & {
  publishedAt: Date | null;
  imageAlt: string | null;
  sectionSlug: string;
  sectionName: string;
  imagePath: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageFocalX: number | null;
  imageFocalY: number | null;
  imageMediaCaption: string | null;
  imageCredit: string | null;
};
type AuthorRow = { articleId: number; slug: string; name: string; columnName: string | null };

const cardColumns = Prisma.sql`a."id", a."slug", a."title", a."kicker", a."excerpt", a."dateline", a."breaking", a."publishedAt", a."imageAlt",
  s."slug" AS "sectionSlug", s."name" AS "sectionName", m."path" AS "imagePath", m."width" AS "imageWidth", m."height" AS "imageHeight",
  m."focalX" AS "imageFocalX", m."focalY" AS "imageFocalY", m."caption" AS "imageMediaCaption", m."credit" AS "imageCredit"`;
const cardFrom = Prisma.sql`"Article" a JOIN "Section" s ON s."id" = a."sectionId" LEFT JOIN "Media" m ON m."id" = a."imageId"`;
/** The visibility rule of lib/articles/visibility.ts (publicWhere), in SQL. */
const isPublic = (now: Date) => Prisma.sql`a."status" = 'published' AND a."publishedAt" <= ${now}`;

async function bylines(ids: number[]): Promise<Map<number, ArticleCard["authors"]>> {
  const out = new Map<number, ArticleCard["authors"]>();
  if (!ids.length) return out;
  const rows = await db.$queryRaw<AuthorRow[]>`
    SELECT aa."articleId", au."slug", au."name", au."columnName"
    FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId"
    WHERE aa."articleId" IN (${Prisma.join(ids)})
    ORDER BY aa."articleId", aa."position"`;
  for (const r of rows) {
    const list = out.get(r.articleId) ?? [];
    list.push({ slug: r.slug, name: r.name, columnName: r.columnName });
    out.set(r.articleId, list);
  }
  return out;
}

/** The same card as the Prisma queries build (select.ts), from a flat row. */
function card(row: CardRow, authors: ArticleCard["authors"] | undefined): ArticleCard {
  return toCard({
    ...row,
    section: { slug: row.sectionSlug, name: row.sectionName },
    authors: (authors ?? []).map((author) => ({ author })),
    image: row.imagePath
      ? { path: row.imagePath, width: row.imageWidth ?? 0, height: row.imageHeight ?? 0, focalX: Number(row.imageFocalX ?? 0.5), focalY: Number(row.imageFocalY ?? 0.5), caption: row.imageMediaCaption, credit: row.imageCredit }
      : null,
  });
}

/** Cards of the given pieces, by id (any status: callers pick public ids). */
export async function cardsByIds(ids: number[]): Promise<Map<number, ArticleCard>> {
  if (!ids.length) return new Map();
  const [rows, authors] = await Promise.all([
    db.$queryRaw<CardRow[]>`SELECT ${cardColumns} FROM ${cardFrom} WHERE a."id" IN (${Prisma.join(ids)})`,
    bylines(ids),
  ]);
  return new Map(rows.map((r) => [r.id, card(r, authors.get(r.id))]));
}

type ArticleRow = CardRow & {
  bodyHtml: string;
  imageCaption: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  contentUpdatedAt: Date | null;
  commentsOpen: boolean;
  commentPolicy: string | null;
  sectionId: number;
  supplementSlug: string | null;
  supplementName: string | null;
};

/** A public piece with everything its page shows, or null. */
export async function readPublicArticle(id: number, now = new Date()) {
  const [rows, authors, tags] = await Promise.all([
    db.$queryRaw<ArticleRow[]>`
      SELECT ${cardColumns}, a."bodyHtml", a."imageCaption", a."seoTitle", a."seoDescription", a."contentUpdatedAt",
        a."commentsOpen", a."commentPolicy", a."sectionId", sp."slug" AS "supplementSlug", sp."name" AS "supplementName"
      FROM ${cardFrom} LEFT JOIN "Supplement" sp ON sp."id" = a."supplementId"
      WHERE a."id" = ${id} AND ${isPublic(now)}`,
    bylines([id]),
    db.$queryRaw<{ id: number; slug: string; name: string }[]>`
      SELECT t."id", t."slug", t."name" FROM "ArticleTag" x JOIN "Tag" t ON t."id" = x."tagId"
      WHERE x."articleId" = ${id} ORDER BY t."id"`,
  ]);
  const row = rows[0];
  if (!row) return null;
  return {
    ...card(row, authors.get(id)),
    bodyHtml: row.bodyHtml,
    imageCaption: row.imageCaption,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    contentUpdatedAt: row.contentUpdatedAt?.toISOString() ?? null,
    commentsOpen: row.commentsOpen,
    commentPolicy: row.commentPolicy,
    sectionId: row.sectionId,
    tags,
    supplement: row.supplementSlug ? { slug: row.supplementSlug, name: row.supplementName ?? "" } : null,
  };
}

export type Candidate = { id: number; publishedAt: Date; shared: number };

/**
 * Up to `take` public pieces other than `articleId` on one side of `at` (before: at or
 * earlier, newest first; after: later but already public, oldest first), either sharing
 * a tag with `tagIds` (counting how many) or in `sectionId`.
 */
export async function relatedCandidates(
  o: { articleId: number; at: Date; side: "before" | "after"; tagIds?: number[]; sectionId?: number; take: number },
  now = new Date(),
): Promise<Candidate[]> {
  const tagList = o.tagIds?.length ? Prisma.join(o.tagIds) : null;
  const shared = tagList
    ? Prisma.sql`(SELECT COUNT(*) FROM "ArticleTag" t WHERE t."articleId" = a."id" AND t."tagId" IN (${tagList}))`
    : Prisma.sql`0`;
  const match = tagList
    ? Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" t WHERE t."articleId" = a."id" AND t."tagId" IN (${tagList}))`
    : Prisma.sql`a."sectionId" = ${o.sectionId ?? -1}`;
  const side = o.side === "before" ? Prisma.sql`a."publishedAt" <= ${o.at}` : Prisma.sql`a."publishedAt" > ${o.at}`;
  const order = o.side === "before" ? Prisma.sql`a."publishedAt" DESC` : Prisma.sql`a."publishedAt" ASC`;
  const rows = await db.$queryRaw<{ id: number; publishedAt: Date; shared: number | bigint }[]>`
    SELECT a."id", a."publishedAt", ${shared} AS "shared" FROM "Article" a
    WHERE ${isPublic(now)} AND a."id" <> ${o.articleId} AND ${side} AND ${match}
    ORDER BY ${order} LIMIT ${o.take}`;
  return rows.map((r) => ({ id: r.id, publishedAt: r.publishedAt, shared: Number(r.shared) }));
}
