import "server-only";
import { db } from "@/lib/db";

// After 5 failures for one account or 20 from one client within 15 minutes, refuse
// further attempts for 15 minutes. Counted in the database: restarts do not reset it.
export const LOCKOUT = { windowMs: 15 * 60_000, perAccount: 5, perClient: 20, blockMs: 15 * 60_000 } as const;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Seconds until attempts are accepted again, or 0 when not locked. */
export async function lockedFor(email: string, clientHash: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - LOCKOUT.windowMs);
  const [byAccount, byClient] = await Promise.all([
    db.loginAttempt.findMany({ where: { email: normalizeEmail(email), success: false, createdAt: { gt: since } }, orderBy: { createdAt: "desc" }, take: LOCKOUT.perAccount, select: { createdAt: true } }),
    db.loginAttempt.findMany({ where: { clientHash, success: false, createdAt: { gt: since } }, orderBy: { createdAt: "desc" }, take: LOCKOUT.perClient, select: { createdAt: true } }),
  ]);
  const until = (rows: { createdAt: Date }[], limit: number) =>
    rows.length >= limit ? rows[0]!.createdAt.getTime() + LOCKOUT.blockMs : 0;
  const end = Math.max(until(byAccount, LOCKOUT.perAccount), until(byClient, LOCKOUT.perClient));
  return end > now.getTime() ? Math.ceil((end - now.getTime()) / 1000) : 0;
}

export async function recordAttempt(email: string, clientHash: string, success: boolean) {
  await db.loginAttempt.create({ data: { email: normalizeEmail(email), clientHash, success } });
}
