import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { claimDelivery, dueDeliveries, recordAttempt } from "./queue";
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
      const d = await db.webhookDelivery.findUnique({ where: { id }, select: { id: true, payload: true, endpoint: { select: { url: true, secret: true } } } });
      if (!d) continue;
      const result = await sendDelivery(d.endpoint, { id: d.id, body: d.payload }, { allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE === "1" });
      await recordAttempt(id, result);
      made += 1;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return made;
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
