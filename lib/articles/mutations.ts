import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/guard";
import { AuthError } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit/log";
import { auditArticleEdit } from "@/lib/audit/article-edit";
import { afterArticleWriteInTx, afterReaderVisibleChange, articleCacheKeys } from "./after-change";
import { ConflictError, NotFoundError, StateError } from "./errors";
import { recordRevision } from "./revisions";
import { htmlToText, sanitizeBody } from "./sanitize";
import type { ArticleInput } from "./schema";
import { slugify } from "./slug";
import { enqueueArticleEvent } from "@/lib/webhooks/article-events";

type Tx = Prisma.TransactionClient;

/** Writers edit only their own drafts and pieces in review; editors and admins anything. */
export function mayEdit(user: CurrentUser, a: { createdById: string | null; status: string }) {
  if (!can(user, "article:edit", { ownerId: a.createdById })) return false;
  if (user.role === "writer") return a.status === "draft" || a.status === "in_review";
  return true;
}

async function tagIds(tx: Tx, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of [...new Set(names.map((n) => n.trim()).filter(Boolean))]) {
    const slug = slugify(name);
    const existing = await tx.tag.findFirst({ where: { OR: [{ name }, { slug }] }, select: { id: true } });
    // An upsert, not a create: two saves naming the same new tag at once both get it (issue 9).
    ids.push(existing ? existing.id : (await tx.tag.upsert({ where: { slug }, create: { name, slug }, update: {}, select: { id: true } })).id);
  }
  return [...new Set(ids)]; // "وسم" and "وسم " name one tag
}

function columns(input: ArticleInput) {
  const bodyHtml = sanitizeBody(input.bodyHtml);
  return {
    bodyHtml,
    bodyText: htmlToText(bodyHtml),
    title: input.title,
    kicker: input.kicker,
    excerpt: input.excerpt,
    dateline: input.dateline,
    sectionId: input.sectionId,
    supplementId: input.supplementId,
    imageId: input.imageId,
    imageCaption: input.imageCaption,
    imageAlt: input.imageAlt,
    breaking: input.breaking,
    commentsOpen: input.commentsOpen,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
  };
}

async function setRelations(tx: Tx, id: number, input: ArticleInput) {
  await tx.articleAuthor.deleteMany({ where: { articleId: id } });
  await tx.articleTag.deleteMany({ where: { articleId: id } });
  const authors = [...new Set(input.authorIds)];
  if (authors.length) await tx.articleAuthor.createMany({ data: authors.map((authorId, position) => ({ articleId: id, authorId, position })) });
  const tags = await tagIds(tx, input.tagNames);
  if (tags.length) await tx.articleTag.createMany({ data: tags.map((tagId) => ({ articleId: id, tagId })) });
}

/** A new draft owned by its creator. Writers get their own byline when they name none. */
export async function createArticle(user: CurrentUser, input: ArticleInput): Promise<{ id: number }> {
  if (!can(user, "article:create")) throw new AuthError(403);
  return db.$transaction(async (tx) => {
    if (input.authorIds.length === 0) {
      const own = await tx.author.findUnique({ where: { userId: user.id }, select: { id: true } });
      if (own) input = { ...input, authorIds: [own.id] };
    }
    const cols = columns(input);
    const a = await tx.article.create({
      data: { ...cols, slug: input.slug ? slugify(input.slug) : slugify(input.title), status: "draft", createdById: user.id, updatedById: user.id },
      select: { id: true },
    });
    await setRelations(tx, a.id, input);
    await audit({ actorId: user.id, action: "article.create", entityType: "article", entityId: a.id, detail: { title: input.title } }, tx);
    await recordRevision(tx, { articleId: a.id, version: 1, kind: "create", userId: user.id, input: { ...input, bodyHtml: cols.bodyHtml, bodyText: cols.bodyText } });
    await afterArticleWriteInTx(tx, a.id);
    return a;
  });
}

/**
 * Save a piece, refusing when someone else saved since `version` was loaded: the
 * version check is a conditional update inside the same transaction as the write.
 */
export async function saveArticle(
  user: CurrentUser,
  s: { id: number; version: number; autosave: boolean; article: ArticleInput },
  kind: "save" | "autosave" | "restore" = s.autosave ? "autosave" : "save",
): Promise<{ version: number; savedAt: Date }> {
  let published = false;
  const result = await db.$transaction(async (tx) => {
    const current = await tx.article.findUnique({
      where: { id: s.id },
      select: { status: true, createdById: true, slug: true, sectionId: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
    });
    if (!current) throw new NotFoundError();
    if (!mayEdit(user, current)) throw new AuthError(403);
    if (s.autosave && current.status !== "draft" && current.status !== "in_review") throw new StateError("الحفظ التلقائي للمسودات فقط. اضغط «حفظ» لتعديل مقال منشور أو مجدول.");
    const before = await articleCacheKeys(tx, s.id);
    const cols = columns(s.article);
    const slug = s.article.slug ? slugify(s.article.slug) : current.slug;
    const now = new Date();
    published = current.status === "published";
    const updated = await tx.article.updateMany({
      where: { id: s.id, version: s.version },
      data: { ...cols, slug, updatedById: user.id, version: { increment: 1 }, ...(published && !s.autosave ? { contentUpdatedAt: now } : {}) },
    });
    if (updated.count === 0) {
      const latest = await tx.article.findUnique({ where: { id: s.id }, select: { updatedAt: true, updatedBy: { select: { name: true } } } });
      throw new ConflictError(latest?.updatedBy?.name ?? null, latest?.updatedAt ?? now);
    }
    await setRelations(tx, s.id, s.article);
    if (published && (slug !== current.slug || cols.sectionId !== current.sectionId)) {
      await tx.articleSlug.upsert({
        where: { articleId_slug_sectionId: { articleId: s.id, slug: current.slug, sectionId: current.sectionId } },
        create: { articleId: s.id, slug: current.slug, sectionId: current.sectionId },
        update: {},
      });
    }
    const version = s.version + 1;
    if (kind !== "restore") await auditArticleEdit(tx, user.id, s.id, kind, { ...s.article, slug, bodyText: cols.bodyText });
    await recordRevision(tx, { articleId: s.id, version, kind, userId: user.id, input: { ...s.article, slug, bodyHtml: cols.bodyHtml, bodyText: cols.bodyText } });
    await afterArticleWriteInTx(tx, s.id);
    // Partners hear of edits to what readers see, never of drafts (decision 179).
    if (published) await enqueueArticleEvent(tx, "article.updated", s.id);
    return { version, savedAt: now, before, after: await articleCacheKeys(tx, s.id) };
  });
  if (published) afterReaderVisibleChange(result.before, result.after);
  return { version: result.version, savedAt: result.savedAt };
}
