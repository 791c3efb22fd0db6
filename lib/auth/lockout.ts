import "server-only";
import { db } from "@/lib/db";
import { retryWhileBusy } from "@/lib/sql/busy-retry";
import { lockKey } from "@/lib/sql/key-lock";
import { LIMITS, waitFor } from "./limits";

// Sign-in limits kept in the database (restarts and other instances see them), keyed on
// the (account, client) pair and on the client alone, never on the account alone: an
// outsider who hammers an account slows down only their own address (decision 080).

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const RECENT = 50; // more of the pair's rows than the doubling can use before it reaches its cap

type Reader = Pick<typeof db, "loginAttempt">;

/** Seconds until this client may try this account again, or 0. */
export async function lockedFor(email: string, clientHash: string, now = new Date(), reader: Reader = db): Promise<number> {
  const [pair, client] = await Promise.all([
    reader.loginAttempt.findMany({
      where: { email: normalizeEmail(email), clientHash, createdAt: { gt: new Date(now.getTime() - LIMITS.keepMs) } },
      orderBy: { createdAt: "desc" },
      take: RECENT,
      select: { createdAt: true, success: true },
    }),
    reader.loginAttempt.findMany({
      where: { clientHash, success: false, createdAt: { gt: new Date(now.getTime() - LIMITS.clientWindowMs) } },
      orderBy: { createdAt: "desc" },
      take: LIMITS.clientFailures,
      select: { createdAt: true, success: true },
    }),
  ]);
  return waitFor(pair, client, now);
}

/**
 * Check the limits and count this attempt as a failure in one step, under the client's
 * lock (lib/sql/key-lock.ts): parallel guesses, on any instance, each see the ones before
 * them, so a burst gets exactly as many tries as the rules allow. The password is checked
 * afterwards; a right one turns the attempt into a success (settleAttempt).
 */
export async function reserveAttempt(email: string, clientHash: string, now = new Date()): Promise<{ locked: number } | { id: number }> {
  const r = await retryWhileBusy(() =>
    db.$transaction(async (tx): Promise<{ locked: number } | { id: number }> => {
      await lockKey(tx, `signin:${clientHash}`);
      const locked = await lockedFor(email, clientHash, now, tx);
      if (locked > 0) return { locked };
      const row = await tx.loginAttempt.create({ data: { email: normalizeEmail(email), clientHash, success: false, createdAt: now }, select: { id: true } });
      return { id: row.id };
    }),
  );
  if ("id" in r) await pruneNowAndThen(now);
  return r;
}

export async function settleAttempt(id: number, success: boolean) {
  if (success) await db.loginAttempt.update({ where: { id }, data: { success: true } });
}

let lastPrune = 0;

async function pruneNowAndThen(now: Date) {
  if (now.getTime() - lastPrune >= LIMITS.pruneEveryMs) {
    lastPrune = now.getTime();
    await pruneAttempts(now);
  }
}

/** Record one attempt; now and then forget attempts older than any rule looks at. */
export async function recordAttempt(email: string, clientHash: string, success: boolean, now = new Date()) {
  await db.loginAttempt.create({ data: { email: normalizeEmail(email), clientHash, success, createdAt: now } });
  await pruneNowAndThen(now);
}

export async function pruneAttempts(now = new Date()): Promise<number> {
  const r = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - LIMITS.keepMs) } } });
  return r.count;
}
