import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { isoWithBaghdadOffset } from "@/lib/dates/format";
import { parseEventList, type WebhookEvent } from "./event-types";

// Events are rows: one delivery per subscribed, unpaused endpoint, written with the change
// (pass the change's transaction) so a restart loses nothing (decision 179).

export { WEBHOOK_EVENTS, type WebhookEvent } from "./event-types";

type Tx = Pick<typeof db, "webhookEndpoint" | "webhookDelivery">;

/** The body every receiver gets: type, time (Baghdad offset) and the event's data. */
export function eventBody(type: WebhookEvent, data: unknown, at: Date): string {
  return JSON.stringify({ type, timestamp: isoWithBaghdadOffset(at), data });
}

/**
 * Queue one event for every endpoint that subscribed to it; returns the deliveries made.
 * `data` may be a function: it is then read only when someone subscribed (saves stay cheap).
 */
export async function enqueueEvent(type: WebhookEvent, data: unknown, tx: Tx = db, at = new Date()): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { paused: false }, select: { id: true, events: true } });
  const targets = endpoints.filter((e) => parseEventList(e.events).includes(type));
  if (targets.length === 0) return 0;
  const payload = eventBody(type, typeof data === "function" ? await (data as () => Promise<unknown>)() : data, at);
  for (const e of targets) {
    await tx.webhookDelivery.create({ data: { id: `msg_${crypto.randomUUID()}`, endpointId: e.id, event: type, payload, nextAttemptAt: at } });
  }
  return targets.length;
}
