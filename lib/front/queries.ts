import "server-only";
import { db } from "@/lib/db";
import { queryGroups } from "@/lib/search/query";
import { bind, searchSql } from "@/lib/search/sql";
import { parseSlots, type FrontSlots } from "./schema";

// Reads of the front-page arrangements (decision 180). Pages call these, never Prisma.

const arrangementSelect = {
  id: true,
  status: true,
  slots: true,
  publishAt: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  restoredFromId: true,
  createdBy: { select: { name: true } },
  publishedBy: { select: { name: true } },
} as const;

export type FrontArrangementRow = {
  id: number;
  status: "draft" | "scheduled" | "published" | "superseded";
  slots: FrontSlots;
  publishAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  restoredFromId: number | null;
  createdBy: string | null;
  publishedBy: string | null;
};

type Raw = { id: number; status: FrontArrangementRow["status"]; slots: string; publishAt: Date | null; publishedAt: Date | null; createdAt: Date; updatedAt: Date; restoredFromId: number | null; createdBy: { name: string } | null; publishedBy: { name: string } | null };
const row = (r: Raw): FrontArrangementRow => ({ ...r, slots: parseSlots(r.slots), createdBy: r.createdBy?.name ?? null, publishedBy: r.publishedBy?.name ?? null });

/** The arrangement readers see: the latest publication (one at a time; the newest wins a race). */
export async function publishedArrangement(): Promise<FrontArrangementRow | null> {
  const r = await db.frontArrangement.findFirst({ where: { status: "published" }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: arrangementSelect });
  return r ? row(r) : null;
}

export async function publishedSlots(): Promise<FrontSlots | null> {
  return (await publishedArrangement())?.slots ?? null;
}

/** The working draft (one per newsroom: the form saves into it). */
export async function draftArrangement(): Promise<FrontArrangementRow | null> {
  const r = await db.frontArrangement.findFirst({ where: { status: "draft" }, orderBy: { updatedAt: "desc" }, select: arrangementSelect });
  return r ? row(r) : null;
}

export async function arrangementById(id: number): Promise<FrontArrangementRow | null> {
  const r = await db.frontArrangement.findUnique({ where: { id }, select: arrangementSelect });
  return r ? row(r) : null;
}

export async function scheduledArrangements(): Promise<FrontArrangementRow[]> {
  return (await db.frontArrangement.findMany({ where: { status: "scheduled" }, orderBy: { publishAt: "asc" }, take: 50, select: arrangementSelect })).map(row);
}

export const HISTORY_PAGE = 30;

/** Every publication, newest first (the current one included). */
export async function arrangementHistory(page = 1): Promise<{ rows: FrontArrangementRow[]; total: number }> {
  const where = { status: { in: ["published", "superseded"] as ("published" | "superseded")[] } };
  const [rows, total] = await Promise.all([
    db.frontArrangement.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], skip: (page - 1) * HISTORY_PAGE, take: HISTORY_PAGE, select: arrangementSelect }),
    db.frontArrangement.count({ where }),
  ]);
  return { rows: rows.map(row), total };
}

export type PieceChoice = { id: number; title: string; status: string; publishedAt: Date | null; sectionId: number; sectionName: string; hasImage: boolean };

const choiceSelect = { id: true, title: true, status: true, publishedAt: true, sectionId: true, imageId: true, section: { select: { name: true } } } as const;
type ChoiceRow = { id: number; title: string; status: string; publishedAt: Date | null; sectionId: number; imageId: number | null; section: { name: string } };
const choice = (a: ChoiceRow): PieceChoice => ({ id: a.id, title: a.title, status: a.status, publishedAt: a.publishedAt, sectionId: a.sectionId, sectionName: a.section.name, hasImage: a.imageId !== null });

/** The pieces an arrangement names, in any state (the form says which ones readers cannot see). */
export async function piecesByIds(ids: number[]): Promise<Map<number, PieceChoice>> {
  if (!ids.length) return new Map();
  const rows = await db.article.findMany({ where: { id: { in: ids } }, select: choiceSelect });
  return new Map(rows.map((a) => [a.id, choice(a)]));
}

export const PICKER_LIMIT = 10;

/**
 * The picker: published pieces whose TITLE has every word, normalised and stemmed exactly as
 * the site search does (lib/search), newest first; a number finds that piece.
 */
export async function searchPieces(q: string, sectionId?: number): Promise<PieceChoice[]> {
  const sectionWhere = sectionId ? { sectionId } : {};
  if (/^\s*\d{1,10}\s*$/.test(q)) {
    const id = Number(q.trim());
    if (id > 0 && id <= 2_147_483_647) return (await db.article.findMany({ where: { id, status: "published", ...sectionWhere }, select: choiceSelect })).map(choice);
  }
  const groups = queryGroups(q);
  if (!groups.length) return [];
  const s = searchSql();
  const match = s.match(groups, "title");
  if (!match) return [];
  const found = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
    bind(s, `SELECT ${s.idOf(true)} AS id ${s.matches("title", true)}${sectionId ? ` AND a."sectionId" = ?` : ""} ORDER BY ${s.newestOrder(true)} LIMIT ${PICKER_LIMIT}`),
    ...s.matchParams("title", match),
    ...(sectionId ? [sectionId] : []),
  );
  const ids = found.map((r) => Number(r.id));
  const byId = await piecesByIds(ids);
  return ids.flatMap((id) => byId.get(id) ?? []);
}
