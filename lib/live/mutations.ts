import "server-only";
import { htmlToText, sanitizeBody } from "@/lib/articles/sanitize";
import { NotFoundError, StateError } from "@/lib/articles/errors";
import { articleCacheKeys } from "@/lib/articles/after-change";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "@/lib/auth/guard";
import { revalidateArticle, revalidateTags } from "@/lib/cache/revalidate";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { HttpError, MESSAGES } from "@/lib/http/errors";
import { keyEventLabel } from "./render";
import { addRefusal, editRefusal, emptyUpdate, endRefusal, startRefusal } from "./rules";

// Live coverage writes (decision 192). Each is one transaction with its audit event; after it
// commits, the piece's tag is expired: its page, the polling endpoint's cached read (same tag)
// and, in a cluster, Varnish (xkey) and the other instances. An update shows on the piece's own
// page only (like a comment), so the HTTP caches purge only that (tags.scope.ownPage).

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

const EMPTY = "اكتب نص التحديث أو أضف صورة أو رابط تضمين.";

async function articleFor(tx: Tx, id: number) {
  const a = await tx.article.findUnique({ where: { id }, select: { id: true, title: true, status: true, liveStatus: true } });
  if (!a) throw new NotFoundError();
  return a;
}

function expireOwnPage(id: number) {
  revalidateTags(tags.scope.ownPage, tags.article(id));
}

async function expireWholePiece(id: number) {
  // Start and end change the piece's JSON-LD and its badge: the page and the lists showing it.
  revalidateArticle(await articleCacheKeys(db, id));
}

export async function startLiveCoverage(user: CurrentUser, articleId: number) {
  await db.$transaction(async (tx) => {
    const a = await articleFor(tx, articleId);
    const refusal = startRefusal(a);
    if (refusal) throw new StateError(refusal);
    await tx.article.update({ where: { id: articleId }, data: { liveStatus: "live", liveStartedAt: new Date(), liveEndedAt: null } });
    await audit({ actorId: user.id, action: "live.start", entityType: "article", entityId: articleId, detail: { title: a.title, resumed: a.liveStatus === "ended" } }, tx);
  });
  await expireWholePiece(articleId);
}

export async function endLiveCoverage(user: CurrentUser, articleId: number) {
  await db.$transaction(async (tx) => {
    const a = await articleFor(tx, articleId);
    const refusal = endRefusal(a);
    if (refusal) throw new StateError(refusal);
    await tx.article.update({ where: { id: articleId }, data: { liveStatus: "ended", liveEndedAt: new Date() } });
    await audit({ actorId: user.id, action: "live.end", entityType: "article", entityId: articleId, detail: { title: a.title } }, tx);
  });
  await expireWholePiece(articleId);
}

type UpdateInput = { bodyHtml: string; keyEvent: boolean; imageId: number | null; imageAlt: string | null; embedUrl: string | null };

async function cleanInput(tx: Tx, input: UpdateInput) {
  const bodyHtml = sanitizeBody(input.bodyHtml);
  const bodyText = htmlToText(bodyHtml);
  if (emptyUpdate({ bodyText, imageId: input.imageId, embedUrl: input.embedUrl }) && !/<figure data-embed=/.test(bodyHtml)) {
    throw new HttpError(400, "invalid", EMPTY, { bodyHtml: EMPTY });
  }
  if (input.imageId != null && !(await tx.media.findUnique({ where: { id: input.imageId }, select: { id: true } }))) {
    throw new HttpError(400, "bad_reference", MESSAGES.badReference, { imageId: "الصورة غير موجودة في المكتبة." });
  }
  return { bodyHtml, bodyText, keyEvent: input.keyEvent, imageId: input.imageId, imageAlt: input.imageId != null ? input.imageAlt : null, embedUrl: input.embedUrl };
}

export async function addLiveUpdate(user: CurrentUser, articleId: number, input: UpdateInput): Promise<number> {
  const id = await db.$transaction(async (tx) => {
    const a = await articleFor(tx, articleId);
    const refusal = addRefusal(a);
    if (refusal) throw new StateError(refusal);
    const data = await cleanInput(tx, input);
    const u = await tx.liveUpdate.create({ data: { ...data, articleId, authorId: user.id }, select: { id: true } });
    await audit({ actorId: user.id, action: "live.update_add", entityType: "article", entityId: articleId, detail: { title: a.title, updateId: u.id, keyEvent: data.keyEvent, excerpt: keyEventLabel(data.bodyText).slice(0, 80) } }, tx);
    return u.id;
  });
  expireOwnPage(articleId);
  return id;
}

async function updateFor(tx: Tx, id: number) {
  const u = await tx.liveUpdate.findUnique({ where: { id }, select: { id: true, articleId: true, deletedAt: true, bodyText: true, keyEvent: true, article: { select: { title: true, liveStatus: true } } } });
  if (!u) throw new HttpError(404, "not_found", "التحديث غير موجود، ربما حُذف.");
  const refusal = editRefusal(u.article, u);
  if (refusal) throw new StateError(refusal);
  return u;
}

export async function editLiveUpdate(user: CurrentUser, id: number, input: UpdateInput): Promise<number> {
  const articleId = await db.$transaction(async (tx) => {
    const u = await updateFor(tx, id);
    const data = await cleanInput(tx, input);
    await tx.liveUpdate.update({ where: { id }, data });
    const changes = { text: u.bodyText !== data.bodyText, keyEvent: u.keyEvent !== data.keyEvent ? data.keyEvent : undefined };
    await audit({ actorId: user.id, action: "live.update_edit", entityType: "article", entityId: u.articleId, detail: { title: u.article.title, updateId: id, excerpt: keyEventLabel(data.bodyText).slice(0, 80), ...changes } }, tx);
    return u.articleId;
  });
  expireOwnPage(articleId);
  return articleId;
}

/** Kept as a row with deletedAt (the audit trail names it); readers no longer see it. */
export async function deleteLiveUpdate(user: CurrentUser, id: number): Promise<number> {
  const articleId = await db.$transaction(async (tx) => {
    const u = await updateFor(tx, id);
    await tx.liveUpdate.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit({ actorId: user.id, action: "live.update_delete", entityType: "article", entityId: u.articleId, detail: { title: u.article.title, updateId: id, excerpt: keyEventLabel(u.bodyText).slice(0, 80) } }, tx);
    return u.articleId;
  });
  expireOwnPage(articleId);
  return articleId;
}
