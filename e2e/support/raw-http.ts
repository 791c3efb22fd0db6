import http from "node:http";
import { E2E_PORT } from "./env";

/** One HTTP exchange with the path sent byte for byte (no URL normalisation by a client library). */
export function rawRequest(
  pathAndQuery: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; port?: number } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    // One connection per exchange: a reused keep-alive socket that the server closes as idle
    // at the same moment reads as "socket hang up", which says nothing about the server.
    const req = http.request({ host: "127.0.0.1", port: opts.port ?? E2E_PORT, path: pathAndQuery, method: opts.method ?? "GET", headers: { connection: "close", ...opts.headers }, agent: false, insecureHTTPParser: true }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${pathAndQuery}`)));
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}
