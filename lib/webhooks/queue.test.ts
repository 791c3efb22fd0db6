import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { createTempDatabase } from "@/lib/testing/temp-db";

// The delivery queue on a real (SQLite) database: a due delivery is claimed by exactly one
// of many concurrent claimers, a crashed sender's lease runs out, failures are retried later
// and given up after 24 hours. A pending row is only data, so it survives a restart.

const tmp = createTempDatabase();
let q: typeof import("./queue");

beforeAll(async () => {
  const t = new Date().toISOString();
  tmp.raw.prepare(`INSERT INTO WebhookEndpoint (id, url, secret, events, createdAt, updatedAt) VALUES (1, 'http://127.0.0.1:1/h', 'whsec_x', 'article.published', ?, ?)`).run(t, t);
  q = await import("./queue");
});
afterAll(() => fs.rmSync(tmp.dir, { recursive: true, force: true }));

function addDelivery(id: string, due: Date) {
  tmp.raw
    .prepare(`INSERT INTO WebhookDelivery (id, endpointId, event, payload, nextAttemptAt, createdAt) VALUES (?, 1, 'article.published', '{}', ?, ?)`)
    .run(id, due.toISOString(), due.toISOString());
}
const row = (id: string) => tmp.raw.prepare(`SELECT status, attempts, nextAttemptAt, lastStatusCode FROM WebhookDelivery WHERE id = ?`).get(id) as { status: string; attempts: number; nextAttemptAt: string; lastStatusCode: number | null };

describe("webhook delivery queue", () => {
  it("a due delivery is claimed once among ten concurrent claimers", async () => {
    const now = new Date();
    addDelivery("d1", new Date(now.getTime() - 1000));
    expect(await q.dueDeliveries(now)).toContain("d1");
    const wins = await Promise.all(Array.from({ length: 10 }, () => q.claimDelivery("d1", now)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(row("d1")).toMatchObject({ status: "sending", attempts: 1 });
    expect(await q.dueDeliveries(now)).not.toContain("d1");
  });

  it("a delivery not yet due is not claimed", async () => {
    const now = new Date();
    addDelivery("d2", new Date(now.getTime() + 60_000));
    expect(await q.claimDelivery("d2", now)).toBe(false);
  });

  it("a sender that died frees its delivery when the lease runs out", async () => {
    const now = new Date();
    addDelivery("d3", new Date(now.getTime() - 1000));
    expect(await q.claimDelivery("d3", now)).toBe(true);
    expect(await q.claimDelivery("d3", new Date(now.getTime() + 1000))).toBe(false);
    expect(await q.claimDelivery("d3", new Date(now.getTime() + q.LEASE_MS + 1))).toBe(true);
  });

  it("a failure is retried later; success ends it; 24 hours of failures mark it failed", async () => {
    const now = new Date();
    addDelivery("d4", new Date(now.getTime() - 1000));
    await q.claimDelivery("d4", now);
    await q.recordAttempt("d4", { ok: false, statusCode: 500, durationMs: 12, error: "HTTP 500" }, now, 0);
    expect(row("d4")).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
    expect(Date.parse(String(row("d4").nextAttemptAt))).toBe(now.getTime() + 30_000);
    const later = new Date(now.getTime() + 30_000);
    expect(await q.claimDelivery("d4", later)).toBe(true);
    await q.recordAttempt("d4", { ok: true, statusCode: 204, durationMs: 8, error: null }, later);
    expect(row("d4")).toMatchObject({ status: "succeeded", attempts: 2, lastStatusCode: 204 });

    addDelivery("d5", new Date(now.getTime() - 1000));
    await q.claimDelivery("d5", now);
    await q.recordAttempt("d5", { ok: false, statusCode: null, durationMs: 10_000, error: "timeout" }, now, 0);
    const dayLater = new Date(now.getTime() + 24 * 3600_000);
    expect(await q.claimDelivery("d5", dayLater)).toBe(true);
    await q.recordAttempt("d5", { ok: false, statusCode: 503, durationMs: 5, error: "HTTP 503" }, dayLater, 0);
    expect(row("d5").status).toBe("failed");
  });
});
