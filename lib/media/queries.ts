import "server-only";
import { normalizeArabic } from "@/lib/arabic/normalize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Focus } from "./focal";
import { MEDIA_PER_PAGE, type MediaListQuery } from "./schema";
import { mediaSearchText } from "./search-text";

// The media library's reads (issue 15). Search matches the normalised text kept on each row
// (caption, alt, credit, file names: lib/media/search-text.ts) with LIKE on both engines, one
// condition per word, so «صوره الجسر» finds «صورة الجِسر». Months are Baghdad months.

const BAGHDAD_OFFSET_MS = 3 * 3600_000; // Iraq keeps UTC+3 all year

export type LibraryItem = { id: number; path: string; width: number; height: number; alt: string | null; caption: string | null; credit: string | null; originalName: string | null; createdAt: Date; uploader: string | null } & Focus;

const ITEM = {
  id: true, path: true, width: true, height: true, alt: true, caption: true, credit: true, originalName: true, createdAt: true, focalX: true, focalY: true,
  createdBy: { select: { name: true } },
} as const satisfies Prisma.MediaSelect;

const toItem = ({ createdBy, ...m }: Prisma.MediaGetPayload<{ select: typeof ITEM }>): LibraryItem => ({ ...m, uploader: createdBy?.name ?? null });

/** Rows from before the library (or the seed) get their search text the first time someone searches. */
async function fillSearchText() {
  const missing = await db.media.findMany({
    where: { searchText: "", OR: [{ alt: { not: null } }, { caption: { not: null } }, { credit: { not: null } }, { originalName: { not: null } }] },
    select: { id: true, alt: true, caption: true, credit: true, originalName: true },
    take: 500,
  });
  for (const m of missing) await db.media.update({ where: { id: m.id }, data: { searchText: mediaSearchText(m) }, select: { id: true } });
}

export function monthRange(month: string): { gte: Date; lt: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return { gte: new Date(Date.UTC(y, m - 1, 1) - BAGHDAD_OFFSET_MS), lt: new Date(Date.UTC(y, m, 1) - BAGHDAD_OFFSET_MS) };
}

export async function listMedia(query: MediaListQuery, perPage = MEDIA_PER_PAGE) {
  const words = normalizeArabic(query.q ?? "").split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length) await fillSearchText();
  const where: Prisma.MediaWhereInput = {
    AND: [
      ...words.map((w) => ({ searchText: { contains: w } })),
      ...(query.by ? [{ createdById: query.by }] : []),
      ...(query.month ? [{ createdAt: monthRange(query.month) }] : []),
    ],
  };
  const total = await db.media.count({ where });
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(query.page, pages);
  const rows = await db.media.findMany({ where, select: ITEM, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * perPage, take: perPage });
  return { items: rows.map(toItem), total, page, pages };
}

/** The uploader filter's options: everyone who uploaded at least one image. */
export async function mediaUploaders(): Promise<{ value: string; label: string }[]> {
  const groups = await db.media.groupBy({ by: ["createdById"], where: { createdById: { not: null } } });
  const ids = groups.map((g) => g.createdById!).filter(Boolean);
  if (!ids.length) return [];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return users.map((u) => ({ value: u.id, label: u.name }));
}

/** The month filter's options, newest first, from the oldest upload to now (Baghdad months). */
export async function mediaMonths(now = new Date()): Promise<string[]> {
  const oldest = await db.media.findFirst({ orderBy: { createdAt: "asc" }, select: { createdAt: true } });
  if (!oldest) return [];
  const at = (d: Date) => new Date(d.getTime() + BAGHDAD_OFFSET_MS);
  const from = at(oldest.createdAt);
  const to = at(now);
  const out: string[] = [];
  for (let y = to.getUTCFullYear(), m = to.getUTCMonth(); y > from.getUTCFullYear() || (y === from.getUTCFullYear() && m >= from.getUTCMonth()); m === 0 ? (y--, (m = 11)) : m--) {
    out.push(`${y}-${String(m + 1).padStart(2, "0")}`);
    if (out.length >= 240) break;
  }
  return out;
}

export type MediaDetail = LibraryItem & { mime: string; bytes: number; contentHash: string | null };

export async function getMedia(id: number): Promise<MediaDetail | null> {
  const m = await db.media.findUnique({ where: { id }, select: { ...ITEM, mime: true, bytes: true, contentHash: true } });
  if (!m) return null;
  const { mime, bytes, contentHash, ...rest } = m;
  return { ...toItem(rest), mime, bytes, contentHash };
}

/** The focal point of the image stored at `path` (the media route's crops); null when there is no such image. */
export async function focusOfPath(path: string): Promise<Focus | null> {
  return db.media.findUnique({ where: { path }, select: { focalX: true, focalY: true } });
}
