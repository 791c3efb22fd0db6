import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { parseAllowPrivate } from "./allow-private";
import { claimDelivery, claimForResend, dueDeliveries, recordAttempt, type AttemptOutcome } from "./queue";
import { sendDelivery } from "./send";

// The dispatcher runs from the scheduler's tick on every instance. It never holds the tick
// up (a slow receiver may take the whole 10 s timeout): one pass at a time per process,
// a few deliveries at once, each claimed first so no two instances send the same one.

const PARALLEL = 4;
const g = globalThis as unknown as { midadWebhooksRunning?: boolean };

/** Send what is due now; resolves with the number of attempts this call made. */
export async function dispatchDue(now = new Date()): Promise<number> {
  const ids = await dueDeliveries(now);
  let made = 0;
  const work = ids.slice();
  const worker = async () => {
    for (let id = work.shift(); id; id = work.shift()) {
      if (!(await claimDelivery(id, now))) continue; // another instance has it
      if (await sendClaimed(id, "auto")) made += 1;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return made;
}

/** Send a delivery this process has claimed, and record the attempt; null when it is gone. */
async function sendClaimed(id: string, trigger: "auto" | "manual"): Promise<AttemptOutcome | null> {
  const d = await db.webhookDelivery.findUnique({ where: { id }, select: { id: true, payload: true, endpoint: { select: { url: true, secret: true } } } });
  if (!d) return null;
  const result = await sendDelivery(d.endpoint, { id: d.id, body: d.payload }, { allowPrivate: parseAllowPrivate(env.WEBHOOKS_ALLOW_PRIVATE) ?? false });
  await recordAttempt(id, result, new Date(), Math.random(), trigger);
  return result;
}

/**
 * An admin's «أعد الإرسال»: one attempt now, awaited (at most the send timeout) so the
 * dashboard can say how it went; null when the delivery is being sent right now or is gone.
 */
export async function resendNow(id: string): Promise<AttemptOutcome | null> {
  if (!(await claimForResend(id))) return null;
  return sendClaimed(id, "manual");
}

/** Start a pass unless one is still running; for the scheduler's tick (does not wait). */
export function kickWebhookDispatch(): void {
  if (g.midadWebhooksRunning) return;
  g.midadWebhooksRunning = true;
  dispatchDue()
    .catch((e) => console.error("[webhooks]", (e as Error).message))
    .finally(() => {
      g.midadWebhooksRunning = false;
    });
}
