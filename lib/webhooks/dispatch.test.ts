import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { newWebhookSecret, verify } from "./signature";

// The dispatcher end to end on a real database and a real receiver on loopback: a queued
// delivery (a row, so it outlives a restart) is sent signed; a 500 leaves it pending for a
// later retry, which then succeeds; a paused endpoint's deliveries wait.

const tmp = createTempDatabase();
process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
const secret = newWebhookSecret();
const seen: { headers: http.IncomingHttpHeaders; body: string }[] = [];
const answers: number[] = [];
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    seen.push({ headers: req.headers, body });
    res.writeHead(answers.shift() ?? 200).end();
  });
});
let d: typeof import("./dispatch");

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const t = new Date().toISOString();
  const ins = tmp.raw.prepare(`INSERT INTO WebhookEndpoint (id, url, secret, events, paused, createdAt, updatedAt) VALUES (?, ?, ?, 'article.published', ?, ?, ?)`);
  ins.run(1, url, secret, 0, t, t);
  ins.run(2, url, secret, 1, t, t);
  d = await import("./dispatch");
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

const enqueue = (id: string, endpointId: number, payload: string, at: Date) =>
  tmp.raw.prepare(`INSERT INTO WebhookDelivery (id, endpointId, event, payload, nextAttemptAt, createdAt) VALUES (?, ?, 'article.published', ?, ?, ?)`).run(id, endpointId, payload, at.toISOString(), at.toISOString());
const row = (id: string) => tmp.raw.prepare(`SELECT status, attempts, lastStatusCode, nextAttemptAt FROM WebhookDelivery WHERE id = ?`).get(id) as { status: string; attempts: number; lastStatusCode: number | null; nextAttemptAt: string };

describe("webhook dispatcher", () => {
  it("sends a queued delivery once, signed", async () => {
    const now = new Date();
    const body = JSON.stringify({ type: "article.published", timestamp: "2026-12-03T14:00:00+03:00", data: { id: 5 } });
    enqueue("w1", 1, body, new Date(now.getTime() - 1000));
    expect(await d.dispatchDue(now)).toBe(1);
    expect(seen).toHaveLength(1);
    const h = seen[0]!.headers;
    expect(h["webhook-id"]).toBe("w1");
    expect(verify(secret, { id: "w1", timestamp: String(h["webhook-timestamp"]), signature: String(h["webhook-signature"]) }, seen[0]!.body)).toBe(true);
    expect(row("w1")).toMatchObject({ status: "succeeded", attempts: 1, lastStatusCode: 200 });
    expect(await d.dispatchDue(new Date(now.getTime() + 3600_000))).toBe(0);
  });

  it("a 500 is retried after its wait and then succeeds", async () => {
    const now = new Date();
    enqueue("w2", 1, "{}", new Date(now.getTime() - 1000));
    answers.push(500);
    expect(await d.dispatchDue(now)).toBe(1);
    expect(row("w2")).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
    expect(await d.dispatchDue(now)).toBe(0); // not before its wait
    const later = new Date(Date.parse(row("w2").nextAttemptAt) + 1);
    expect(await d.dispatchDue(later)).toBe(1);
    expect(row("w2")).toMatchObject({ status: "succeeded", attempts: 2, lastStatusCode: 200 });
    // Each attempt is kept for the dashboard: the 500 and then the 200, with their durations.
    const log = tmp.raw.prepare(`SELECT statusCode, error, trigger, durationMs FROM WebhookAttempt WHERE deliveryId = 'w2' ORDER BY at, id`).all() as { statusCode: number; error: string | null; trigger: string; durationMs: number }[];
    expect(log.map((a) => [a.statusCode, a.error, a.trigger])).toEqual([[500, "HTTP 500", "auto"], [200, null, "auto"]]);
    expect(log.every((a) => a.durationMs >= 0)).toBe(true);
  });

  it("an admin's re-send sends a delivery again at once, even one that succeeded, and logs it as manual", async () => {
    const now = new Date();
    enqueue("w4", 1, "{}", new Date(now.getTime() - 1000));
    expect(await d.dispatchDue(now)).toBe(1);
    const before = seen.length;
    expect(await d.resendNow("w4")).toMatchObject({ ok: true, statusCode: 200 });
    expect(seen.length).toBe(before + 1);
    expect(seen.at(-1)!.headers["webhook-id"]).toBe("w4");
    expect(row("w4")).toMatchObject({ status: "succeeded", attempts: 2 });
    const triggers = tmp.raw.prepare(`SELECT trigger FROM WebhookAttempt WHERE deliveryId = 'w4' ORDER BY id`).all() as { trigger: string }[];
    expect(triggers.map((t) => t.trigger)).toEqual(["auto", "manual"]);
    expect(await d.resendNow("nope")).toBeNull();
  });

  it("a paused endpoint's deliveries wait", async () => {
    const now = new Date();
    enqueue("w3", 2, "{}", new Date(now.getTime() - 1000));
    const before = seen.length;
    expect(await d.dispatchDue(now)).toBe(0);
    expect(seen.length).toBe(before);
    expect(row("w3").status).toBe("pending");
  });
});
