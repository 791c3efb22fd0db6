import "server-only";
import { db } from "@/lib/db";
import { LIMITS, waitFor } from "./limits";

// Sign-in limits kept in the database (restarts and other instances see them), keyed on
// the (account, client) pair and on the client alone, never on the account alone: an
// outsider who hammers an account slows down only their own address (decision 080).

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const RECENT = 50; // more of the pair's rows than the doubling can use before it reaches its cap

/** Seconds until this client may try this account again, or 0. */
export async function lockedFor(email: string, clientHash: string, now = new Date()): Promise<number> {
  const [pair, client] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email: normalizeEmail(email), clientHash, createdAt: { gt: new Date(now.getTime() - LIMITS.keepMs) } },
      orderBy: { createdAt: "desc" },
      take: RECENT,
      select: { createdAt: true, success: true },
    }),
    db.loginAttempt.findMany({
      where: { clientHash, success: false, createdAt: { gt: new Date(now.getTime() - LIMITS.clientWindowMs) } },
      orderBy: { createdAt: "desc" },
      take: LIMITS.clientFailures,
      select: { createdAt: true, success: true },
    }),
  ]);
  return waitFor(pair, client, now);
}

let lastPrune = 0;

/** Record one attempt; now and then forget attempts older than any rule looks at. */
export async function recordAttempt(email: string, clientHash: string, success: boolean, now = new Date()) {
  await db.loginAttempt.create({ data: { email: normalizeEmail(email), clientHash, success, createdAt: now } });
  if (now.getTime() - lastPrune >= LIMITS.pruneEveryMs) {
    lastPrune = now.getTime();
    await pruneAttempts(now);
  }
}

export async function pruneAttempts(now = new Date()): Promise<number> {
  const r = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - LIMITS.keepMs) } } });
  return r.count;
}
