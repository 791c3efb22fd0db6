import "server-only";
import { db } from "@/lib/db";
import { nextAttemptAt } from "./backoff";

// The delivery queue's state changes. Every change is a conditional UPDATE on the row's
// current state, like the scheduler's (lib/scheduler/publish-due.ts): when several instances
// dispatch from one database, exactly one wins each claim and the others see count 0.

/** How long a claimed delivery is held; a sender that dies mid-send frees it after this. */
export const LEASE_MS = 60_000;

/** Claim one delivery that is due (or whose sender's lease ran out). True when this caller won. */
export async function claimDelivery(id: string, now = new Date()): Promise<boolean> {
  const r = await db.webhookDelivery.updateMany({
    where: {
      id,
      OR: [
        { status: "pending", nextAttemptAt: { lte: now } },
        { status: "sending", leaseUntil: { lt: now } },
      ],
    },
    data: { status: "sending", leaseUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 }, lastAttemptAt: now },
  });
  return r.count === 1;
}

/** Ids of deliveries that may be claimed now, oldest first. */
export async function dueDeliveries(now = new Date(), take = 20): Promise<string[]> {
  const rows = await db.webhookDelivery.findMany({
    where: {
      endpoint: { paused: false },
      OR: [
        { status: "pending", nextAttemptAt: { lte: now } },
        { status: "sending", leaseUntil: { lt: now } },
      ],
    },
    orderBy: { nextAttemptAt: "asc" },
    select: { id: true },
    take,
  });
  return rows.map((r) => r.id);
}

export type AttemptOutcome = { ok: boolean; statusCode: number | null; durationMs: number; error: string | null };

/** Record a finished attempt: succeeded, pending again with a later time, or failed after 24 h. */
export async function recordAttempt(id: string, outcome: AttemptOutcome, now = new Date(), jitter = Math.random()): Promise<void> {
  const row = await db.webhookDelivery.findUnique({ where: { id }, select: { attempts: true, firstAttemptAt: true, createdAt: true } });
  if (!row) return; // the endpoint was deleted meanwhile
  const first = row.firstAttemptAt ?? now;
  const last = { lastStatusCode: outcome.statusCode, lastDurationMs: outcome.durationMs, lastError: outcome.error?.slice(0, 500) ?? null, firstAttemptAt: first, leaseUntil: null };
  if (outcome.ok) {
    await db.webhookDelivery.updateMany({ where: { id, status: "sending" }, data: { ...last, status: "succeeded" } });
    return;
  }
  const next = nextAttemptAt(first, row.attempts, now, jitter);
  await db.webhookDelivery.updateMany({
    where: { id, status: "sending" },
    data: next ? { ...last, status: "pending", nextAttemptAt: next } : { ...last, status: "failed" },
  });
}
