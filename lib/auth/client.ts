import "server-only";
import crypto from "node:crypto";
import { clientAddress } from "@/lib/http/client";
import { derivedSecret } from "./secret";

/**
 * The client's address as a keyed hash: counted for lockouts, never stored raw. The
 * address is the one scripts/serve.mjs determined (lib/http/client.ts): the socket, or
 * what a trusted proxy reported (TRUST_PROXY, decision 090).
 */
export function clientHashFromHeaders(headers: Headers): string {
  return crypto.createHmac("sha256", derivedSecret("client")).update(clientAddress(headers)).digest("base64url").slice(0, 32);
}
