import http from "node:http";
import https from "node:https";
import net from "node:net";
import { checkEndpointUrl } from "./address";
import { signedHeaders } from "./signature";

// One HTTP attempt of one delivery. The endpoint's address is checked again here (DNS may
// have changed since registration) and the connection is made to exactly the address that
// was checked, so a name cannot resolve to a public address for the check and a private
// one for the connection.

export const SEND_TIMEOUT_MS = 10_000;

export type SendResult = { ok: boolean; statusCode: number | null; durationMs: number; error: string | null };

export async function sendDelivery(
  endpoint: { url: string; secret: string },
  delivery: { id: string; body: string },
  opts: { allowPrivate?: boolean | net.BlockList; timeoutMs?: number; now?: () => number } = {},
): Promise<SendResult> {
  const started = Date.now();
  const check = await checkEndpointUrl(endpoint.url, { allowPrivate: opts.allowPrivate });
  if (!check.ok) return { ok: false, statusCode: null, durationMs: Date.now() - started, error: `refused: ${check.reason}` };
  const address = check.addresses[0]!;
  const url = new URL(endpoint.url);
  const timestamp = Math.floor((opts.now ?? Date.now)() / 1000);
  const headers = {
    ...signedHeaders(endpoint.secret, delivery.id, timestamp, delivery.body),
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(delivery.body)),
    "user-agent": "Midad-Webhooks/1",
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendResult>((resolve) => {
    const done = (r: Omit<SendResult, "durationMs">) => resolve({ ...r, durationMs: Date.now() - started });
    const req = client.request(
      url,
      {
        method: "POST",
        headers,
        timeout: opts.timeoutMs ?? SEND_TIMEOUT_MS,
        // Connect to the checked address; Node asks with { all: true } or for one address.
        lookup: ((_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) =>
          options?.all ? cb(null, [{ address, family: net.isIP(address) }]) : cb(null, address, net.isIP(address))) as never,
      },
      (res) => {
        res.resume(); // the answer's body is not needed; drain it so the socket closes
        res.on("end", () => {
          const code = res.statusCode ?? 0;
          done({ ok: code >= 200 && code < 300, statusCode: code, error: code >= 200 && code < 300 ? null : `HTTP ${code}` });
        });
        res.on("error", (e) => done({ ok: false, statusCode: res.statusCode ?? null, error: e.message }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (e) => done({ ok: false, statusCode: null, error: e.message }));
    req.end(delivery.body);
  });
}
