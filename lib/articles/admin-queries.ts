import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { ArticleView } from "./queries";
import { cardSelect, toCard } from "./select";

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "مسودة",
  in_review: "بانتظار المراجعة",
  scheduled: "مجدول",
  published: "منشور",
  archived: "مؤرشف",
};

const rowSelect = {
  id: true,
  title: true,
  slug: true,
  status: true,
  updatedAt: true,
  publishAt: true,
  publishedAt: true,
  createdById: true,
  section: { select: { name: true } },
  authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
} satisfies Prisma.ArticleSelect;
export type AdminRow = Prisma.ArticleGetPayload<{ select: typeof rowSelect }>;

/** `onlyOwn`: writers see their own pieces in review, not everyone's. */
export async function dashboardLists(userId: string, onlyOwn: boolean) {
  const reviewWhere = { status: "in_review" as const, ...(onlyOwn ? { createdById: userId } : {}) };
  const [mine, review, scheduled, published, counts] = await Promise.all([
    db.article.findMany({ where: { createdById: userId, status: "draft" }, orderBy: { updatedAt: "desc" }, take: 10, select: rowSelect }),
    db.article.findMany({ where: reviewWhere, orderBy: { updatedAt: "desc" }, take: 10, select: rowSelect }),
    db.article.findMany({ where: { status: "scheduled" }, orderBy: { publishAt: "asc" }, take: 50, select: rowSelect }),
    db.article.findMany({ where: { status: "published" }, orderBy: { publishedAt: "desc" }, take: 10, select: rowSelect }),
    Promise.all([
      db.article.count({ where: { createdById: userId, status: "draft" } }),
      db.article.count({ where: reviewWhere }),
      db.article.count({ where: { status: "scheduled" } }),
      db.article.count({ where: { status: "published" } }),
    ]),
  ]);
  return { mine, review, scheduled, published, counts: { mine: counts[0], review: counts[1], scheduled: counts[2], published: counts[3] } };
}

export type ArticleFilters = { status?: ArticleStatus; sectionId?: number; authorId?: number; q?: string; page: number; ownerId?: string };
export const ADMIN_PAGE_SIZE = 25;

export async function listArticles(f: ArticleFilters) {
  const where: Prisma.ArticleWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.sectionId ? { sectionId: f.sectionId } : {}),
    ...(f.authorId ? { authors: { some: { authorId: f.authorId } } } : {}),
    ...(f.q ? { title: { contains: f.q } } : {}),
    ...(f.ownerId ? { createdById: f.ownerId } : {}),
  };
  const [total, items] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], skip: (f.page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE, select: rowSelect }),
  ]);
  return { items, total, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export async function editorOptions() {
  const [sections, supplements, authors] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.supplement.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { sections, supplements, authors };
}

/** Existing tag names for the editor's autocomplete, most used first (bounded: a list, not a search index). */
export async function tagNamesForEditor(limit = 5000): Promise<string[]> {
  const rows = await db.tag.findMany({ orderBy: [{ articles: { _count: "desc" } }, { name: "asc" }], take: limit, select: { name: true } });
  return rows.map((r) => r.name);
}

export async function getArticleForEdit(id: number) {
  const a = await db.article.findUnique({
    where: { id },
    select: {
      id: true, status: true, slug: true, title: true, kicker: true, excerpt: true, bodyHtml: true, dateline: true,
      sectionId: true, supplementId: true, imageId: true, imageCaption: true, imageAlt: true, breaking: true, commentsOpen: true,
      seoTitle: true, seoDescription: true, version: true, createdById: true, publishAt: true, publishedAt: true, updatedAt: true,
      updatedBy: { select: { name: true } },
      image: { select: { path: true } },
      tags: { select: { tag: { select: { name: true } } } },
      authors: { select: { authorId: true }, orderBy: { position: "asc" } },
    },
  });
  if (!a) return null;
  return { ...a, tagNames: a.tags.map((t) => t.tag.name), authorIds: a.authors.map((x) => x.authorId) };
}
export type EditableArticle = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

/** Any piece, in any state, shaped exactly like the public one (for the staff preview). */
export async function getArticleForPreview(id: number): Promise<(ArticleView & { createdById: string | null }) | null> {
  const row = await db.article.findUnique({
    where: { id },
    select: {
      ...cardSelect, bodyHtml: true, imageCaption: true, seoTitle: true, seoDescription: true, contentUpdatedAt: true,
      commentsOpen: true, commentPolicy: true, sectionId: true, createdById: true, publishAt: true,
      tags: { select: { tag: { select: { id: true, slug: true, name: true } } } },
      supplement: { select: { slug: true, name: true } },
    },
  });
  if (!row) return null;
  const card = toCard({ ...row, publishedAt: row.publishedAt ?? row.publishAt ?? new Date() });
  return {
    ...card,
    bodyHtml: row.bodyHtml, imageCaption: row.imageCaption, seoTitle: row.seoTitle, seoDescription: row.seoDescription,
    contentUpdatedAt: row.contentUpdatedAt?.toISOString() ?? null, commentsOpen: row.commentsOpen, commentPolicy: row.commentPolicy,
    sectionId: row.sectionId, tags: row.tags.map((t) => t.tag), supplement: row.supplement, createdById: row.createdById,
  };
}
