import "server-only";
import { env } from "@/lib/env";
import { baghdadDay } from "@/lib/dates/format";
import { deliverDue } from "@/lib/mail/deliver";
import { kickWebhookDispatch } from "@/lib/webhooks/dispatch";
import { internalBaseUrl } from "./internal";
import { breakingBarExpired, publishDueFronts } from "@/lib/front/publish-due";
import { publishDue } from "./publish-due";
import { flushRevalidations, queueFrontRevalidation, queueRevalidation, turnTheDay } from "./revalidate-remote";

const g = globalThis as unknown as { midadScheduler?: NodeJS.Timeout };

/**
 * The in-process scheduler: one tick every SCHEDULER_INTERVAL_MS, from server start.
 * Resolves when the first tick is done, so pieces whose time passed while the server was
 * down are live before it answers its first reader (no list rendered without them, issue 18).
 */
export async function startScheduler(): Promise<void> {
  if (g.midadScheduler) return;
  const baseUrl = internalBaseUrl();
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const keys of await publishDue()) queueRevalidation(keys);
      // Front-page arrangements due (decision 182), after the pieces: one may lead with a piece
      // that went live in this very tick.
      if ((await publishDueFronts()) > 0 || (await breakingBarExpired())) queueFrontRevalidation();
      await flushRevalidations(baseUrl);
      // The masthead's date: every page is rendered again when Baghdad's day changes.
      await turnTheDay(baseUrl, baghdadDay(new Date()));
      // Mail due for a (re)try; a no-op without SMTP_URL (decision 130).
      await deliverDue();
      // Webhook deliveries due for a (re)try, in the background: a slow receiver must not
      // hold up scheduled publication (decision 179).
      kickWebhookDispatch();
    } catch (e) {
      console.error("[scheduler]", (e as Error).message);
    } finally {
      running = false;
    }
  };
  g.midadScheduler = setInterval(tick, env.SCHEDULER_INTERVAL_MS);
  g.midadScheduler.unref?.();
  await tick(); // pieces whose time passed while the server was down go live now
}
