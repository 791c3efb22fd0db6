// Cards for a page of search hits, with the plain body text their snippets are cut from and
// their tags' names, in ONE SQL query. Prisma's relation loading costs four round trips through the driver adapter
// (≈5× slower), too much for the 50 ms search budget. Same shape as lib/articles/select.ts
// (toCard); per engine through SearchSql.
import type { ArticleCard } from "../articles/select";
import { isPublic } from "../articles/visibility";
import type { SearchDb } from "./engine";
import { groupConcatUnitSep } from "../sql/dialect";
import { bind, searchSql, type SearchSql } from "./sql";

type Row = {
  id: number | bigint;
  status: string;
  slug: string;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  dateline: string | null;
  breaking: number | bigint | boolean;
  publishedAt: string | Date | null;
  sectionSlug: string;
  sectionName: string;
  imagePath: string | null;
  imageWidth: number | bigint | null;
  imageHeight: number | bigint | null;
  imageAlt: string | null;
  imageFocalX: number | null;
  imageFocalY: number | null;
  imageMediaCaption: string | null;
  imageCredit: string | null;
  authors: string | null;
  bodyText: string;
  tags: string | null;
};

/**
 * Public cards for these ids, in no particular order. On SQLite the status test keeps the
 * primary key (see SearchSql.publishedStatus): without statistics SQLite would otherwise
 * walk the (status, publishedAt) index over every published piece (18 ms instead of 0.1 ms
 * at 100,000 pieces).
 */
export async function searchCards(db: SearchDb, ids: number[], s: SearchSql = searchSql(), now = new Date()): Promise<{ card: ArticleCard; bodyText: string; tags: string[] }[]> {
  if (!ids.length) return [];
  const rows = await db.$queryRawUnsafe<Row[]>(
    bind(
      s,
      `SELECT a."id", a."status", a."slug", a."title", a."kicker", a."excerpt", a."dateline", a."breaking", a."publishedAt", a."imageAlt", a."bodyText",
         sc."slug" AS "sectionSlug", sc."name" AS "sectionName", m."path" AS "imagePath", m."width" AS "imageWidth", m."height" AS "imageHeight",
         m."focalX" AS "imageFocalX", m."focalY" AS "imageFocalY", m."caption" AS "imageMediaCaption", m."credit" AS "imageCredit",
         ${s.authorsJson} AS "authors",
         (SELECT ${groupConcatUnitSep(`t."name"`, s.dialect)} FROM "ArticleTag" x JOIN "Tag" t ON t."id" = x."tagId" WHERE x."articleId" = a."id") AS "tags"
       FROM "Article" a JOIN "Section" sc ON sc."id" = a."sectionId" LEFT JOIN "Media" m ON m."id" = a."imageId"
       WHERE a."id" IN (${ids.map(() => "?").join(",")}) AND ${s.publishedStatus}`,
    ),
    ...ids,
  );
  return rows
    // The reader rule of every page (lib/articles/visibility.ts), on top of the SQL filter.
    .filter((r) => isPublic({ status: r.status, publishedAt: r.publishedAt ? new Date(r.publishedAt) : null }, now))
    .map((r) => ({
      bodyText: r.bodyText ?? "",
      tags: r.tags ? r.tags.split("\u001f") : [],
      card: {
      id: Number(r.id),
      slug: r.slug,
      title: r.title,
      kicker: r.kicker,
      excerpt: r.excerpt,
      dateline: r.dateline,
      breaking: Boolean(Number(r.breaking)),
      publishedAt: new Date(r.publishedAt!).toISOString(),
      section: { slug: r.sectionSlug, name: r.sectionName },
      authors: r.authors ? (JSON.parse(r.authors) as ArticleCard["authors"]) : [],
      image: r.imagePath
        ? { path: r.imagePath, width: Number(r.imageWidth), height: Number(r.imageHeight), alt: r.imageAlt ?? "", focalX: Number(r.imageFocalX ?? 0.5), focalY: Number(r.imageFocalY ?? 0.5), caption: r.imageMediaCaption, credit: r.imageCredit }
        : null,
      },
    }));
}
