import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

// Queuing an event: one delivery per endpoint subscribed to it, none for paused ones or
// other events; the body carries the type and a +03:00 time.

const tmp = createTempDatabase();
let ev: typeof import("./events");

beforeAll(async () => {
  const t = new Date().toISOString();
  const ins = tmp.raw.prepare(`INSERT INTO WebhookEndpoint (id, url, secret, events, paused, createdAt, updatedAt) VALUES (?, 'http://x/', 's', ?, ?, ?, ?)`);
  ins.run(1, "article.published,article.deleted", 0, t, t);
  ins.run(2, "comment.approved", 0, t, t);
  ins.run(3, "article.published", 1, t, t);
  ev = await import("./events");
});
afterAll(() => fs.rmSync(tmp.dir, { recursive: true, force: true }));

describe("enqueueEvent", () => {
  it("queues one delivery per subscribed, unpaused endpoint", async () => {
    const at = new Date("2026-12-03T11:00:00Z");
    expect(await ev.enqueueEvent("article.published", { id: 9, title: "خبر" }, undefined, at)).toBe(1);
    const rows = tmp.raw.prepare(`SELECT endpointId, event, payload, status FROM WebhookDelivery`).all() as { endpointId: number; event: string; payload: string; status: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ endpointId: 1, event: "article.published", status: "pending" });
    expect(JSON.parse(rows[0]!.payload)).toEqual({ type: "article.published", timestamp: "2026-12-03T14:00:00+03:00", data: { id: 9, title: "خبر" } });
    expect(await ev.enqueueEvent("article.updated", { id: 9 })).toBe(0);
  });
});
