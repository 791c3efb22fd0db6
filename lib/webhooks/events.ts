import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { isoWithBaghdadOffset } from "@/lib/dates/format";

// Events are rows: one delivery per subscribed, unpaused endpoint, written with the change
// (pass the change's transaction) so a restart loses nothing (decision 179).

export const WEBHOOK_EVENTS = ["article.published", "article.updated", "article.unpublished", "article.deleted", "comment.approved"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

type Tx = Pick<typeof db, "webhookEndpoint" | "webhookDelivery">;

/** The body every receiver gets: type, time (Baghdad offset) and the event's data. */
export function eventBody(type: WebhookEvent, data: unknown, at: Date): string {
  return JSON.stringify({ type, timestamp: isoWithBaghdadOffset(at), data });
}

/** Queue one event for every endpoint that subscribed to it; returns the deliveries made. */
export async function enqueueEvent(type: WebhookEvent, data: unknown, tx: Tx = db, at = new Date()): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { paused: false }, select: { id: true, events: true } });
  const targets = endpoints.filter((e) => e.events.split(",").map((s) => s.trim()).includes(type));
  if (targets.length === 0) return 0;
  const payload = eventBody(type, data, at);
  for (const e of targets) {
    await tx.webhookDelivery.create({ data: { id: `msg_${crypto.randomUUID()}`, endpointId: e.id, event: type, payload, nextAttemptAt: at } });
  }
  return targets.length;
}
