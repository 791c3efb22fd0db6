import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { AuthError, type CurrentUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { HttpError } from "@/lib/http/errors";
import { NotFoundError } from "./errors";
import { mayEdit, saveArticle } from "./mutations";
import { getRevision } from "./revisions";
import { articleInputSchema } from "./schema";

/** Restoring an old revision is itself a new save (and a new revision), never a rewrite of history. */
export async function restoreRevision(user: CurrentUser, articleId: number, revisionId: number) {
  const a = await db.article.findUnique({ where: { id: articleId }, select: { version: true, createdById: true, status: true } });
  if (!a) throw new NotFoundError();
  if (!can(user, "article:revisions", { ownerId: a.createdById }) || !mayEdit(user, a)) throw new AuthError(403);
  const rev = await getRevision(articleId, revisionId);
  if (!rev) throw new NotFoundError();
  // Old snapshots may not satisfy today's rules (a longer title, a removed field…).
  const parsed = articleInputSchema.safeParse({ ...rev.snapshot, title: rev.title, bodyHtml: rev.bodyHtml });
  if (!parsed.success) {
    throw new HttpError(400, "invalid", `لا يمكن استعادة هذه النسخة لأنها لم تعد صالحة: ${parsed.error.issues[0]?.message ?? "بيانات ناقصة."}`);
  }
  const input = parsed.data;
  const r = await saveArticle(user, { id: articleId, version: a.version, autosave: false, article: input }, "restore");
  await audit({ actorId: user.id, action: "article.restore", entityType: "article", entityId: articleId, detail: { revisionId } });
  return r;
}
