import "server-only";
import { normalizeArabic } from "@/lib/arabic/normalize";
import { db } from "@/lib/db";

// The tags screen's list (issue 12, 10): every tag matched in JavaScript, so «ارشيف» finds
// «أرشيف» the same way on SQLite and PostgreSQL (lib/arabic/normalize.ts) with no raw SQL;
// a newsroom has thousands of tags, not millions. Counts are read for the shown page only.

export const TAGS_PER_PAGE = 50;

export type AdminTagRow = { id: number; name: string; slug: string; pieces: number };

const fold = (s: string) => normalizeArabic(s).replace(/\s+/g, " ").trim();
let collator: Intl.Collator | null = null;

export async function listTagsForAdmin(opts: { q?: string; page?: number }): Promise<{ rows: AdminTagRow[]; total: number; page: number; pages: number }> {
  const all = await db.tag.findMany({ select: { id: true, name: true, slug: true } });
  const q = fold(opts.q ?? "");
  const matched = q ? all.filter((t) => fold(t.name).includes(q) || fold(t.slug).includes(q)) : all;
  collator ??= new Intl.Collator("ar");
  matched.sort((a, b) => collator!.compare(a.name, b.name) || a.id - b.id);
  const pages = Math.max(1, Math.ceil(matched.length / TAGS_PER_PAGE));
  const page = Math.min(Math.max(1, opts.page ?? 1), pages);
  const shown = matched.slice((page - 1) * TAGS_PER_PAGE, page * TAGS_PER_PAGE);
  const counts = await pieceCounts(shown.map((t) => t.id));
  return { rows: shown.map((t) => ({ ...t, pieces: counts.get(t.id) ?? 0 })), total: matched.length, page, pages };
}

async function pieceCounts(ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const groups = await db.articleTag.groupBy({ by: ["tagId"], where: { tagId: { in: ids } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.tagId, g._count._all]));
}

/** One tag with its count, for the rename, merge and delete steps. */
export async function getAdminTag(id: number): Promise<AdminTagRow | null> {
  const t = await db.tag.findUnique({ where: { id }, select: { id: true, name: true, slug: true, _count: { select: { articles: true } } } });
  return t ? { id: t.id, name: t.name, slug: t.slug, pieces: t._count.articles } : null;
}

/** Tags that share a word with this one (without «ال»): the likely duplicates, offered when merging. */
export async function similarTags(tag: { id: number; name: string }, limit = 20): Promise<string[]> {
  const words = (s: string) => new Set(fold(s).split(" ").map((w) => w.replace(/^(وال|بال|فال|ال)/, "")).filter((w) => w.length >= 3));
  const mine = words(tag.name);
  if (mine.size === 0) return [];
  const all = await db.tag.findMany({ where: { id: { not: tag.id } }, select: { name: true } });
  return all
    .filter((t) => [...words(t.name)].some((w) => mine.has(w)))
    .map((t) => t.name)
    .slice(0, limit);
}
