import "server-only";
import crypto from "node:crypto";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db";

// Sessions live on the server (decision 081): the Auth.js cookie only names a row, and the
// guard accepts it while the row is live. Ending a session is one UPDATE; a copied cookie
// dies with it.

export const SESSION_MAX_AGE_S = 12 * 3600;
/** lastSeenAt is written at most this often per session (reads stay reads). */
const TOUCH_EVERY_MS = 5 * 60_000;

export async function createSession(userId: string, info: { userAgent?: string | null; clientHash?: string | null; clientAddress?: string | null } = {}): Promise<string> {
  const id = crypto.randomBytes(32).toString("base64url");
  const now = new Date();
  await db.session.create({
    data: {
      id,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
      userAgent: info.userAgent ? info.userAgent.slice(0, 200) : null,
      clientHash: info.clientHash ?? null,
      clientAddress: info.clientAddress ? info.clientAddress.slice(0, 64) : null,
    },
  });
  // Expired and ended sessions are kept a week for the staff page, then forgotten.
  await db.session.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 7 * 24 * 3600_000) } } });
  return id;
}

/** Is this the user's live session? Touches lastSeenAt now and then. */
export async function sessionIsLive(sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  const row = await db.session.findUnique({ where: { id: sessionId }, select: { userId: true, expiresAt: true, revokedAt: true, lastSeenAt: true } });
  if (!row || row.userId !== userId || row.revokedAt || row.expiresAt <= now) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return true;
}

/** Signing out: ends the session and logs it once (the logout route and Auth.js's event both call this). */
export async function signOutSession(sessionId: string): Promise<void> {
  const row = await db.session.findUnique({ where: { id: sessionId }, select: { userId: true } });
  const r = await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (row && r.count === 1) await audit({ actorId: row.userId, action: "auth.signout", entityType: "user", entityId: row.userId });
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** End every live session of the account, except (optionally) the one in use. */
export async function revokeUserSessions(userId: string, exceptSessionId?: string | null): Promise<number> {
  const r = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return r.count;
}

export type LiveSession = { id: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null; clientAddress: string | null };

/** Live sessions per user, for the staff page. */
export async function liveSessionsByUser(now = new Date()): Promise<Map<string, LiveSession[]>> {
  const rows = await db.session.findMany({
    where: { revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userId: true, createdAt: true, lastSeenAt: true, userAgent: true, clientAddress: true },
  });
  const out = new Map<string, LiveSession[]>();
  for (const { userId, ...s } of rows) out.set(userId, [...(out.get(userId) ?? []), s]);
  return out;
}

/** What the sessions page shows for one session; `handle` names it in forms (never the id itself). */
export type OwnSession = { handle: string; current: boolean; createdAt: Date; lastSeenAt: Date; userAgent: string | null; clientAddress: string | null };

/** A session's public name: a hash of its id, so a page never carries a live session id. */
export const sessionHandle = (id: string) => crypto.createHash("sha256").update(`midad-session:${id}`).digest("base64url").slice(0, 22);

/** The person's live sessions, the one in use first (the account page). */
export async function ownLiveSessions(userId: string, currentSessionId: string | null | undefined, now = new Date()): Promise<OwnSession[]> {
  const rows = await db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, clientAddress: true },
  });
  return rows
    .map(({ id, ...s }) => ({ ...s, handle: sessionHandle(id), current: id === currentSessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** End one of the person's own sessions by its handle; false when it is not theirs or already over. */
export async function endOwnSession(user: { id: string; sessionId?: string | null }, handle: string): Promise<boolean> {
  const live = await db.session.findMany({ where: { userId: user.id, revokedAt: null }, select: { id: true } });
  const target = live.find((s) => sessionHandle(s.id) === handle && s.id !== user.sessionId);
  if (!target) return false;
  await revokeSession(target.id);
  await audit({ actorId: user.id, action: "auth.session_end", entityType: "user", entityId: user.id });
  return true;
}

/** «إنهاء كل الجلسات الأخرى»: every live session of the person but the one in use. */
export async function endOtherSessions(user: { id: string; sessionId?: string | null }): Promise<number> {
  const ended = await revokeUserSessions(user.id, user.sessionId);
  await audit({ actorId: user.id, action: "auth.sessions_end_others", entityType: "user", entityId: user.id, detail: { ended } });
  return ended;
}
