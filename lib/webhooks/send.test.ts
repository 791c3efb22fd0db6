import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDelivery } from "./send";
import { newWebhookSecret, verify } from "./signature";

// One attempt against a real HTTP receiver on loopback: signed headers that verify, the
// answer's status and time recorded, a slow receiver timed out, a private address refused
// unless allowed.

type Seen = { headers: http.IncomingHttpHeaders; body: string };
const seen: Seen[] = [];
let status = 200;
let delayMs = 0;
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    seen.push({ headers: req.headers, body });
    setTimeout(() => res.writeHead(status).end("ok"), delayMs);
  });
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("sending one delivery", () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({ type: "article.published", timestamp: "2026-12-03T14:00:00+03:00", data: { id: 1 } });

  it("posts the body with a signature the receiver verifies", async () => {
    status = 204;
    const r = await sendDelivery({ url, secret }, { id: "msg_a", body }, { allowPrivate: true });
    expect(r).toMatchObject({ ok: true, statusCode: 204, error: null });
    const got = seen.at(-1)!;
    expect(got.body).toBe(body);
    expect(verify(secret, { id: String(got.headers["webhook-id"]), timestamp: String(got.headers["webhook-timestamp"]), signature: String(got.headers["webhook-signature"]) }, got.body)).toBe(true);
  });

  it("a name is connected to the address it was checked at", async () => {
    status = 200;
    const byName = url.replace("127.0.0.1", "localhost");
    const r = await sendDelivery({ url: byName, secret }, { id: "msg_n", body }, { allowPrivate: true });
    expect(r).toMatchObject({ ok: true, statusCode: 200 });
    expect(seen.at(-1)!.headers["webhook-id"]).toBe("msg_n");
  });

  it("a 500 is a failure with its status", async () => {
    status = 500;
    expect(await sendDelivery({ url, secret }, { id: "msg_b", body }, { allowPrivate: true })).toMatchObject({ ok: false, statusCode: 500, error: "HTTP 500" });
  });

  it("a receiver slower than the timeout is a failure", async () => {
    status = 200;
    delayMs = 500;
    const r = await sendDelivery({ url, secret }, { id: "msg_c", body }, { allowPrivate: true, timeoutMs: 100 });
    delayMs = 0;
    expect(r).toMatchObject({ ok: false, statusCode: null, error: "timeout" });
  });

  it("a loopback endpoint is refused by default and nothing is sent", async () => {
    const before = seen.length;
    expect(await sendDelivery({ url, secret }, { id: "msg_d", body }, { allowPrivate: false })).toMatchObject({ ok: false, error: "refused: private" });
    expect(seen.length).toBe(before);
  });
});
