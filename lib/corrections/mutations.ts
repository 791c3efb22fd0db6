import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "@/lib/auth/guard";
import { StateError } from "@/lib/articles/errors";
import { articleCacheKeys, afterReaderVisibleChange } from "@/lib/articles/after-change";
import { isPublic } from "@/lib/articles/visibility";
import { revalidateTags } from "@/lib/cache/revalidate";
import { tags } from "@/lib/cache/tags";
import { HttpError, MESSAGES } from "@/lib/http/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { editVerdict, ONLY_PUBLISHED, withdrawVerdict } from "./rules";
import type { Placement } from "./schema";

// Corrections (decision 195): every change is one transaction with its audit event; the
// piece's «آخر تحديث» (contentUpdatedAt, hence dateModified, feeds and sitemaps) moves to
// the change's time; then the piece's pages and /corrections are expired at once.
// The piece's `version` is not touched: an editor with the piece open is not in conflict.

type Tx = Prisma.TransactionClient;

async function touchArticle(tx: Tx, articleId: number, at: Date) {
  await tx.article.update({ where: { id: articleId }, data: { contentUpdatedAt: at }, select: { id: true } });
}

async function expire(articleId: number) {
  const keys = await articleCacheKeys(db, articleId);
  afterReaderVisibleChange(keys, keys);
  revalidateTags(tags.corrections);
}

async function loadCorrection(tx: Tx, id: number) {
  const c = await tx.correction.findUnique({
    where: { id },
    select: { id: true, articleId: true, text: true, placement: true, withdrawnAt: true, article: { select: { title: true } } },
  });
  if (!c) throw new HttpError(404, "not_found", MESSAGES.notFound);
  return c;
}

export async function addCorrection(user: CurrentUser, input: { articleId: number; text: string; placement: Placement }) {
  const now = new Date();
  const id = await db.$transaction(async (tx) => {
    const a = await tx.article.findUnique({ where: { id: input.articleId }, select: { status: true, publishedAt: true, title: true } });
    if (!a) throw new HttpError(404, "not_found", "المقال غير موجود.");
    if (!isPublic(a, now)) throw new StateError(ONLY_PUBLISHED);
    const c = await tx.correction.create({
      data: { articleId: input.articleId, text: input.text, placement: input.placement, createdById: user.id, createdAt: now },
      select: { id: true },
    });
    await tx.correctionRevision.create({ data: { correctionId: c.id, text: input.text, placement: input.placement, editedById: user.id, createdAt: now } });
    await touchArticle(tx, input.articleId, now);
    await audit({ actorId: user.id, action: "correction.add", entityType: "article", entityId: input.articleId, detail: { title: a.title, correctionId: c.id, text: input.text } }, tx);
    return c.id;
  });
  await expire(input.articleId);
  return id;
}

/** Returns false when nothing changed (no new version, no event). */
export async function editCorrection(user: CurrentUser, input: { id: number; text: string; placement: Placement }): Promise<boolean> {
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const c = await loadCorrection(tx, input.id);
    const verdict = editVerdict(c, input);
    if (verdict.kind === "refused") throw new StateError(verdict.message);
    if (verdict.kind === "unchanged") return null;
    await tx.correction.update({ where: { id: c.id }, data: { text: input.text, placement: input.placement, editedAt: now }, select: { id: true } });
    await tx.correctionRevision.create({ data: { correctionId: c.id, text: input.text, placement: input.placement, editedById: user.id, createdAt: now } });
    await touchArticle(tx, c.articleId, now);
    await audit(
      {
        actorId: user.id,
        action: "correction.edit",
        entityType: "article",
        entityId: c.articleId,
        detail: { title: c.article.title, correctionId: c.id, from: c.text, text: input.text, placementFrom: c.placement, placement: input.placement },
      },
      tx,
    );
    return c.articleId;
  });
  if (result === null) return false;
  await expire(result);
  return true;
}

export async function withdrawCorrection(user: CurrentUser, input: { id: number; reason: string }) {
  const now = new Date();
  const articleId = await db.$transaction(async (tx) => {
    const c = await loadCorrection(tx, input.id);
    const verdict = withdrawVerdict(c);
    if (verdict.kind === "refused") throw new StateError(verdict.message);
    await tx.correction.update({ where: { id: c.id }, data: { withdrawnAt: now, withdrawnById: user.id, withdrawReason: input.reason }, select: { id: true } });
    await touchArticle(tx, c.articleId, now);
    await audit({ actorId: user.id, action: "correction.withdraw", entityType: "article", entityId: c.articleId, detail: { title: c.article.title, correctionId: c.id, text: c.text, reason: input.reason } }, tx);
    return c.articleId;
  });
  await expire(articleId);
}
