import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { publicWhere } from "@/lib/articles/visibility";
import { forReaders, type ReaderCorrection } from "./rules";

export const CORRECTIONS_PAGE_SIZE = 20;

const readerSelect = { id: true, text: true, placement: true, createdAt: true, editedAt: true, withdrawnAt: true } as const;

/** The corrections readers see on a piece, oldest first; expired with the piece (decision 195). */
export const getArticleCorrections = (articleId: number) =>
  unstable_cache(
    async (): Promise<ReaderCorrection[]> =>
      forReaders(await db.correction.findMany({ where: { articleId, withdrawnAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: readerSelect })),
    ["article-corrections", String(articleId)],
    { tags: [tags.article(articleId), tags.corrections], revalidate: 86400 },
  )();

export type CorrectionListItem = ReaderCorrection & { article: { id: number; slug: string; title: string; sectionName: string } };
export type CorrectionsPage = { items: CorrectionListItem[]; page: number; pages: number; total: number };

/**
 * /corrections: live corrections on public pieces, newest first. Tagged `latest` too: a piece
 * retitled or unpublished changes the list (every such change expires `latest`).
 */
export const getCorrectionsPage = (page: number) =>
  unstable_cache(
    async (): Promise<CorrectionsPage> => {
      const where = { withdrawnAt: null, article: publicWhere() };
      const [total, rows] = await Promise.all([
        db.correction.count({ where }),
        db.correction.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: (page - 1) * CORRECTIONS_PAGE_SIZE,
          take: CORRECTIONS_PAGE_SIZE,
          select: { ...readerSelect, article: { select: { id: true, slug: true, title: true, section: { select: { name: true } } } } },
        }),
      ]);
      const items = rows.map((r) => ({
        ...forReaders([r])[0]!,
        article: { id: r.article.id, slug: r.article.slug, title: r.article.title, sectionName: r.article.section.name },
      }));
      return { items, page, pages: Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE)), total };
    },
    ["corrections-page", String(page)],
    { tags: [tags.corrections, tags.latest, tags.names], revalidate: 3600 },
  )();

/** What every staff view of a correction shows. */
const staffFields = {
      id: true,
      text: true,
      placement: true,
      createdAt: true,
      editedAt: true,
      withdrawnAt: true,
      withdrawReason: true,
      createdBy: { select: { name: true } },
} as const;

/** Everything staff see of a piece's corrections: withdrawn ones, reasons and every version. */
export async function getCorrectionsForStaff(articleId: number) {
  return db.correction.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      ...staffFields,
      withdrawnBy: { select: { name: true } },
      revisions: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, text: true, placement: true, createdAt: true, editedBy: { select: { name: true } } } },
    },
  });
}

export type StaffCorrection = Awaited<ReturnType<typeof getCorrectionsForStaff>>[number];

/** The piece a corrections screen is about (any status: staff may look at a piece unpublished since). */
export async function getArticleForCorrections(articleId: number) {
  return db.article.findUnique({ where: { id: articleId }, select: { id: true, title: true, slug: true, status: true, publishedAt: true } });
}

export const STAFF_PAGE_SIZE = 30;
export type StaffFilter = "all" | "live" | "withdrawn";

/** The dashboard's list of every correction (withdrawn ones included), newest first. */
export async function listCorrectionsForStaff(filter: StaffFilter, page: number) {
  const where = filter === "live" ? { withdrawnAt: null } : filter === "withdrawn" ? { withdrawnAt: { not: null } } : {};
  const [total, rows] = await Promise.all([
    db.correction.count({ where }),
    db.correction.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        ...staffFields,
        article: { select: { id: true, title: true } },
        _count: { select: { revisions: true } },
      },
    }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)) };
}
