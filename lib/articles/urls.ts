import { idSegment, slugSegment } from "@/lib/http/params";

// URL scheme (docs/decisions/002-article-urls.md): /<id>/<arabic-slug>.
export function articlePath(a: { id: number; slug: string }): string {
  return `/${a.id}/${encodeURIComponent(a.slug)}`;
}

export const sectionPath = (slug: string, page = 1) =>
  page > 1 ? `/section/${encodeURIComponent(slug)}?page=${page}` : `/section/${encodeURIComponent(slug)}`;
export const authorPath = (slug: string) => `/author/${encodeURIComponent(slug)}`;
export const tagPath = (slug: string) => `/tag/${encodeURIComponent(slug)}`;
export const supplementPath = (slug: string) => `/supplement/${encodeURIComponent(slug)}`;

/** A path segment that must be an article id: digits only (Arabic-Indic digits too). */
export const parseArticleId = (segment: string): number | null => idSegment(segment);

/** A slug segment in one NFC form; "" when it cannot name anything (lib/http/params.ts). */
export const decodeSegment = (segment: string): string => slugSegment(segment) ?? "";

/** 1-based page number from ?page=; null when it is not a valid page number. */
export function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value) || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

/** Listing routes take an optional "/page/N" tail: [] → 1, ["page","3"] → 3, else null. */
export function parseListingTail(tail: string[] | undefined): number | null {
  if (!tail || tail.length === 0) return 1;
  if (tail.length !== 2 || tail[0] !== "page") return null;
  const n = parsePage(tail[1]);
  return n && n > 1 ? n : null;
}
