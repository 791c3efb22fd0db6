import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { AuthError, type CurrentUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
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
  const input = articleInputSchema.parse({ ...rev.snapshot, title: rev.title, bodyHtml: rev.bodyHtml });
  const r = await saveArticle(user, { id: articleId, version: a.version, autosave: false, article: input }, "restore");
  await audit({ actorId: user.id, action: "article.restore", entityType: "article", entityId: articleId, detail: { revisionId } });
  return r;
}
