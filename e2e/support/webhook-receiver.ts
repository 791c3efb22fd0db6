import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** What a receiver got: the headers that matter, the raw body, and what it answered. */
export type Received = { path: string; id: string; timestamp: string; signature: string; body: string; answered: number; at: number };

/**
 * A real HTTP receiver on loopback for the webhook tests, on 127.0.0.2: the one private
 * address the suite's server allows (e2e/support/env.ts). It answers each request with the
 * next code queued in `answers`, 200 when none is.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  answers: number[] = [];
  private server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      const answered = this.answers.shift() ?? 200;
      const h = (n: string) => String(req.headers[n] ?? "");
      this.received.push({ path: req.url ?? "", id: h("webhook-id"), timestamp: h("webhook-timestamp"), signature: h("webhook-signature"), body, answered, at: Date.now() });
      res.writeHead(answered, { "content-type": "text/plain" }).end(answered < 300 ? "ok" : "no");
    });
  });

  async start(host = "127.0.0.2"): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
  }

  url(path: string): string {
    const a = this.server.address() as AddressInfo;
    return `http://${a.address}:${a.port}${path}`;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Deliveries to one path about one article (other tests' events are left out). */
  about(path: string, articleId: number): Received[] {
    return this.received.filter((r) => r.path === path && (JSON.parse(r.body) as { data?: { id?: number } }).data?.id === articleId);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * The receiver's check, written from the Standard Webhooks specification (not Midad's code):
 * HMAC-SHA256 over "id.timestamp.body" keyed with the base64 after "whsec_", compared with
 * each "v1,…" signature, the timestamp within five minutes.
 */
export function signatureVerifies(secret: string, r: Received): boolean {
  if (!secret.startsWith("whsec_") || Math.abs(Date.now() / 1000 - Number(r.timestamp)) > 300) return false;
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const want = Buffer.from(`v1,${createHmac("sha256", key).update(`${r.id}.${r.timestamp}.${r.body}`).digest("base64")}`);
  return r.signature.split(" ").some((s) => Buffer.from(s).length === want.length && timingSafeEqual(Buffer.from(s), want));
}
