import "server-only";
import { env } from "@/lib/env";
import { publishDue } from "./publish-due";
import { flushRevalidations, queueRevalidation } from "./revalidate-remote";

const g = globalThis as unknown as { midadScheduler?: NodeJS.Timeout };

/** The in-process scheduler: one tick every SCHEDULER_INTERVAL_MS, from server start. */
export function startScheduler() {
  if (g.midadScheduler) return;
  const baseUrl = process.env.INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const keys of await publishDue()) queueRevalidation(keys);
      await flushRevalidations(baseUrl);
    } catch (e) {
      console.error("[scheduler]", (e as Error).message);
    } finally {
      running = false;
    }
  };
  g.midadScheduler = setInterval(tick, env.SCHEDULER_INTERVAL_MS);
  g.midadScheduler.unref?.();
  void tick(); // pieces whose time passed while the server was down go live now
}
