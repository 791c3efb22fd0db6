import "server-only";
import crypto from "node:crypto";
import { derivedSecret } from "./secret";

/** The client's address as a keyed hash: counted for lockouts, never stored raw. */
export function clientHashFromHeaders(headers: Headers): string {
  const ip = headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
  return crypto.createHmac("sha256", derivedSecret("client")).update(ip).digest("base64url").slice(0, 32);
}
