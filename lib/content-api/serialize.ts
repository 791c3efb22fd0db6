import { articlePath, authorPath, sectionPath, supplementPath, tagPath } from "@/lib/articles/urls";
import { isoWithBaghdadOffset } from "@/lib/dates/format";
import { toBlocks } from "./blocks";
import { absolute, featuredImage } from "./media";
import type { ApiArticleSource } from "./queries";

// The JSON shapes of the content API (issue 16). Times are ISO 8601 with Baghdad's offset
// (+03:00, as the pages' structured data); URLs are absolute on SITE_URL; names are in
// snake_case, the custom of public JSON APIs (decision 176).

const iso = (s: string | null) => (s ? isoWithBaghdadOffset(new Date(s)) : null);

export function articleJson(a: ApiArticleSource, withBody: boolean) {
  const out: Record<string, unknown> = {
    id: a.id,
    url: absolute(articlePath(a)),
    title: a.title,
    kicker: a.kicker,
    excerpt: a.excerpt,
    dateline: a.dateline,
    breaking: a.breaking,
    bylines: a.authors.map((x) => ({ slug: x.slug, name: x.name, column_name: x.columnName, url: absolute(authorPath(x.slug)) })),
    section: { slug: a.section.slug, name: a.section.name, url: absolute(sectionPath(a.section.slug)) },
    tags: a.tags.map((t) => ({ slug: t.slug, name: t.name, url: absolute(tagPath(t.slug)) })),
    supplement: a.supplement ? { slug: a.supplement.slug, name: a.supplement.name, url: absolute(supplementPath(a.supplement.slug)) } : null,
    published_at: iso(a.publishedAt),
    updated_at: iso(a.contentUpdatedAt ?? a.publishedAt),
    featured_image: featuredImage(a.image, a.imageCaption ?? a.image?.caption ?? null),
    comment_count: a.commentCount,
    lang: "ar",
    dir: "rtl",
  };
  if (withBody) {
    out.body_html = a.bodyHtml ?? "";
    out.blocks = toBlocks(a.bodyHtml ?? "");
  }
  return out;
}

/** Sparse fields: `id` always, then only the named ones, in the document's order. */
export function pick(obj: Record<string, unknown>, fields: string[] | undefined): Record<string, unknown> {
  if (!fields) return obj;
  const keep = new Set(["id", ...fields]);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => keep.has(k)));
}

/** When an article last changed as the API shows it (Last-Modified). */
export const articleModified = (a: ApiArticleSource) => new Date(a.contentUpdatedAt ?? a.publishedAt);

export function authorJson(a: { id: number; slug: string; name: string; bio: string | null; columnName: string | null; photo: { path: string; width: number; height: number } | null }) {
  return {
    id: a.id,
    slug: a.slug,
    name: a.name,
    bio: a.bio,
    column_name: a.columnName,
    url: absolute(authorPath(a.slug)),
    photo: featuredImage(a.photo ? { ...a.photo, alt: a.name } : null),
  };
}
