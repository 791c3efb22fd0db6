import type { Prisma } from "@/lib/generated/prisma/client";

/** What a card (list item) needs: explicit, small, no body. */
export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  kicker: true,
  excerpt: true,
  dateline: true,
  breaking: true,
  publishedAt: true,
  section: { select: { slug: true, name: true } },
  authors: { select: { author: { select: { slug: true, name: true, columnName: true } } }, orderBy: { position: "asc" } },
  image: { select: { path: true, width: true, height: true, focalX: true, focalY: true, caption: true, credit: true } },
  imageAlt: true,
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

export type CardImage = { path: string; width: number; height: number; alt: string; focalX: number; focalY: number; caption: string | null; credit: string | null };

/** Cards travel through the data cache as JSON, so dates are ISO strings. */
export type ArticleCard = {
  id: number;
  slug: string;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  dateline: string | null;
  breaking: boolean;
  publishedAt: string;
  section: { slug: string; name: string };
  authors: { slug: string; name: string; columnName: string | null }[];
  /**
   * The picture with its library data: the focal point every crop keeps in frame (decision 185),
   * the library's caption (shown when the piece has none of its own) and the credit (decision 187).
   */
  image: CardImage | null;
};

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    kicker: row.kicker,
    excerpt: row.excerpt,
    dateline: row.dateline,
    breaking: row.breaking,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    section: row.section,
    authors: row.authors.map((a) => a.author),
    image: row.image ? { ...row.image, alt: row.imageAlt ?? "" } : null,
  };
}
