import type { WpItem, WpTerm } from "./records";

// Pure rules turning WordPress values into Midad's (issue 14, "What is carried over").

/** WordPress stores Arabic slugs percent-encoded ("%d8%b3..."): decode them (NFC). */
export function decodeSlug(raw: string): string {
  let s = raw.trim();
  try {
    s = decodeURIComponent(s);
  } catch {
    // a stray "%" in a slug: keep it as WordPress had it
  }
  return s.normalize("NFC");
}

/** "2024-08-01 00:22:00" → its parts, or null for empty and "0000-00-00 00:00:00". */
function parseParts(s: string): [number, number, number, number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const p = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  if (p[0] === 0 || p[1] === 0 || p[2] === 0) return null;
  return p;
}

/** Offset of `timeZone` from UTC at instant `t`, in milliseconds. */
function zoneOffset(t: number, timeZone: string): number {
  const f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const v: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(t))) if (part.type !== "literal") v[part.type] = Number(part.value);
  return Date.UTC(v.year!, v.month! - 1, v.day!, v.hour! % 24, v.minute!, v.second!) - t;
}

/** A wall-clock time in `timeZone` as an instant. */
export function localToInstant(parts: [number, number, number, number, number, number], timeZone: string): Date {
  const asUtc = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]);
  let t = asUtc - zoneOffset(asUtc, timeZone);
  t = asUtc - zoneOffset(t, timeZone);
  return new Date(t);
}

/** `post_date_gmt` when set, else `post_date` read in the site's timezone; null when neither is a date. */
export function wpDate(gmt: string, local: string, timeZone: string): Date | null {
  const g = parseParts(gmt);
  if (g) return new Date(Date.UTC(g[0], g[1] - 1, g[2], g[3], g[4], g[5]));
  const l = parseParts(local);
  return l ? localToInstant(l, timeZone) : null;
}

export type MappedStatus = { status: "published" | "scheduled" | "draft" | "in_review" } | { skip: "trash" | "unknown-status" };

export function mapStatus(wpStatus: string): MappedStatus {
  switch (wpStatus) {
    case "publish":
      return { status: "published" };
    case "future":
      return { status: "scheduled" };
    case "draft":
    case "auto-draft":
      return { status: "draft" };
    case "pending":
      return { status: "in_review" };
    case "private":
      // Never public in Midad: a private post becomes a draft.
      return { status: "draft" };
    case "trash":
      return { skip: "trash" };
    default:
      return { skip: "unknown-status" };
  }
}

export type MappedCommentStatus = "approved" | "pending" | "spam" | null;

/** `comment_approved`: "1" approved, "0" held, "spam", "trash"/"post-trashed" skipped. */
export function mapCommentStatus(approved: string): MappedCommentStatus {
  if (approved === "1" || approved === "approve") return "approved";
  if (approved === "0" || approved === "hold") return "pending";
  if (approved === "spam") return "spam";
  return null;
}

/**
 * The section is the primary category (Yoast's `_yoast_wpseo_primary_category` term id when
 * it names one of the post's categories), else the first; other categories become tags.
 */
export function pickTaxonomy(item: Pick<WpItem, "terms" | "meta">, categoriesById: ReadonlyMap<number, WpTerm>) {
  const cats = item.terms.filter((t) => t.domain === "category").map((t) => decodeSlug(t.slug));
  const tags = item.terms.filter((t) => t.domain === "post_tag").map((t) => ({ slug: decodeSlug(t.slug), name: t.name }));
  const primaryId = Number(item.meta._yoast_wpseo_primary_category ?? "");
  const primary = Number.isSafeInteger(primaryId) ? categoriesById.get(primaryId) : undefined;
  const primarySlug = primary && cats.includes(decodeSlug(primary.slug)) ? decodeSlug(primary.slug) : cats[0];
  const otherCats = cats.filter((c) => c !== primarySlug);
  return { sectionSlug: primarySlug ?? null, categoryTags: otherCats, tags };
}

/** Comments keep one level of threading: a reply to a reply attaches to its top-level comment. */
export function topLevelParent(id: number, parentOf: ReadonlyMap<number, number>): number | null {
  let p = parentOf.get(id) ?? 0;
  if (!p) return null;
  const seen = new Set<number>([id]);
  while (!seen.has(p)) {
    seen.add(p);
    const up = parentOf.get(p) ?? 0;
    if (!up || !parentOf.has(p)) return parentOf.has(p) ? p : null;
    p = up;
  }
  return null;
}
