import "server-only";
import { db } from "@/lib/db";
import { parseEventList } from "./event-types";

// The dashboard's reads of webhooks. The secret is never selected: it is shown once, at
// creation or rotation, in the action's answer.

/** Every endpoint, newest first, with how its queue stands. */
export async function listWebhooks() {
  const rows = await db.webhookEndpoint.findMany({
    orderBy: { id: "desc" },
    select: { id: true, name: true, url: true, events: true, paused: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  const counts = await db.webhookDelivery.groupBy({ by: ["endpointId", "status"], where: { endpointId: { in: rows.map((r) => r.id) } }, _count: { _all: true } });
  const count = (id: number, status: string) => counts.find((c) => c.endpointId === id && c.status === status)?._count._all ?? 0;
  return rows.map((r) => ({
    ...r,
    events: parseEventList(r.events),
    createdByName: r.createdBy?.name ?? null,
    waiting: count(r.id, "pending") + count(r.id, "sending"),
    failed: count(r.id, "failed"),
    succeeded: count(r.id, "succeeded"),
  }));
}

export const RECENT_DELIVERIES = 50;

/** One endpoint and its latest deliveries, each with every attempt (newest delivery first). */
export async function getWebhook(id: number) {
  const e = await db.webhookEndpoint.findUnique({
    where: { id },
    select: { id: true, name: true, url: true, events: true, paused: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  if (!e) return null;
  const deliveries = await db.webhookDelivery.findMany({
    where: { endpointId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_DELIVERIES,
    select: {
      id: true,
      event: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      createdAt: true,
      attemptLog: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, at: true, statusCode: true, durationMs: true, error: true, trigger: true } },
    },
  });
  return { ...e, events: parseEventList(e.events), createdByName: e.createdBy?.name ?? null, deliveries };
}
