import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";

// Sessions live on the server (decision 081): the Auth.js cookie only names a row, and the
// guard accepts it while the row is live. Ending a session is one UPDATE; a copied cookie
// dies with it.

export const SESSION_MAX_AGE_S = 12 * 3600;
/** lastSeenAt is written at most this often per session (reads stay reads). */
const TOUCH_EVERY_MS = 5 * 60_000;

export async function createSession(userId: string, info: { userAgent?: string | null; clientHash?: string | null } = {}): Promise<string> {
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

export type LiveSession = { id: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null };

/** Live sessions per user, for the staff page. */
export async function liveSessionsByUser(now = new Date()): Promise<Map<string, LiveSession[]>> {
  const rows = await db.session.findMany({
    where: { revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userId: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
  const out = new Map<string, LiveSession[]>();
  for (const { userId, ...s } of rows) out.set(userId, [...(out.get(userId) ?? []), s]);
  return out;
}
