import "server-only";
import crypto from "node:crypto";
import { derivedSecret } from "./secret";

/**
 * The client's address as a keyed hash: counted for lockouts, never stored raw.
 * The rightmost X-Forwarded-For entry is the one our own reverse proxy appended (or the
 * socket address Next.js fills in when there is none); entries further left are whatever
 * the client claimed. Exposed without a proxy, a client can still forge the header, so
 * the per-account limit is the one that always holds (docs/decisions/020-auth-sessions.md).
 */
export function clientHashFromHeaders(headers: Headers): string {
  const ip = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || headers.get("x-real-ip") || "unknown";
  return crypto.createHmac("sha256", derivedSecret("client")).update(ip).digest("base64url").slice(0, 32);
}
