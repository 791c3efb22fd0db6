import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/guard";
import { AuthError } from "@/lib/auth/guard";
import { mayEdit } from "./mutations";
import { NotFoundError } from "./errors";

/** An editor that sent no heartbeat for this long has left the piece. */
export const PRESENCE_STALE_MS = 30_000;
/** How often an open editor says it is still there (well inside PRESENCE_STALE_MS). */
export const PRESENCE_HEARTBEAT_MS = 5_000;

export type PresenceAnswer = { others: { name: string }[]; version: number };

/**
 * A heartbeat from `user`'s open editor: records that they have the piece open and answers who
 * else does (seen within PRESENCE_STALE_MS) and the piece's current version. Only someone who
 * may edit the piece can announce themselves on it or learn who is there. Not audited: it
 * changes nothing a reader or the newsroom's record cares about.
 */
export async function touchPresence(user: CurrentUser, articleId: number, now = new Date()): Promise<PresenceAnswer> {
  const a = await db.article.findUnique({ where: { id: articleId }, select: { status: true, createdById: true, version: true } });
  if (!a) throw new NotFoundError();
  if (!mayEdit(user, a)) throw new AuthError(403);
  const key = { articleId_userId: { articleId, userId: user.id } };
  await db.editorPresence.upsert({ where: key, create: { articleId, userId: user.id, seenAt: now }, update: { seenAt: now } });
  const since = new Date(now.getTime() - PRESENCE_STALE_MS);
  // Rows of people long gone are of no use to anyone: drop them on the way (cheap, indexed).
  await db.editorPresence.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - 10 * PRESENCE_STALE_MS) } } });
  const rows = await db.editorPresence.findMany({
    where: { articleId, userId: { not: user.id }, seenAt: { gte: since } },
    select: { user: { select: { name: true } } },
    orderBy: { seenAt: "desc" },
  });
  return { others: rows.map((r) => ({ name: r.user.name })), version: a.version };
}

