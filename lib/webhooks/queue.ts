import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
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

/**
 * An admin's «أعد الإرسال»: claim a delivery in any state but in flight (a sender's live
 * lease), so it can be sent at once. A failed delivery gets this one attempt; a pending one
 * keeps its schedule if this attempt fails too.
 */
export async function claimForResend(id: string, now = new Date()): Promise<boolean> {
  const r = await db.webhookDelivery.updateMany({
    where: { id, OR: [{ status: { in: ["pending", "succeeded", "failed"] } }, { status: "sending", leaseUntil: { lt: now } }] },
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

/**
 * Record a finished attempt: one row in the attempt log (what the dashboard lists), and the
 * delivery succeeded, pending again with a later time, or failed after 24 h.
 */
export async function recordAttempt(id: string, outcome: AttemptOutcome, now = new Date(), jitter = Math.random(), trigger: "auto" | "manual" = "auto"): Promise<void> {
  const row = await db.webhookDelivery.findUnique({ where: { id }, select: { attempts: true, firstAttemptAt: true, createdAt: true } });
  if (!row) return; // the endpoint was deleted meanwhile
  const first = row.firstAttemptAt ?? now;
  const error = outcome.error?.slice(0, 500) ?? null;
  const last = { lastStatusCode: outcome.statusCode, lastDurationMs: outcome.durationMs, lastError: error, firstAttemptAt: first, leaseUntil: null };
  const next = outcome.ok ? null : nextAttemptAt(first, row.attempts, now, jitter, env.WEBHOOKS_FIRST_RETRY_SECONDS * 1000);
  await db.$transaction(async (tx) => {
    const r = await tx.webhookDelivery.updateMany({
      where: { id, status: "sending" },
      data: outcome.ok ? { ...last, status: "succeeded" } : next ? { ...last, status: "pending", nextAttemptAt: next } : { ...last, status: "failed" },
    });
    // Only the holder of the claim records (a sender whose lease ran out and was overtaken does not).
    if (r.count === 1) {
      const at = new Date(now.getTime() - outcome.durationMs);
      await tx.webhookAttempt.create({ data: { deliveryId: id, at, statusCode: outcome.statusCode, durationMs: outcome.durationMs, error, trigger } });
    }
  });
}
