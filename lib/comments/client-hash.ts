import "server-only";
import crypto from "node:crypto";
import { derivedSecret } from "@/lib/auth/secret";
import { clientAddress } from "@/lib/http/client";

// Client addresses are kept only as HMAC-SHA256 with a server secret: equal addresses
// give equal hashes (rate limits, duplicates, blocks) but the address cannot be read back.
// Secret: COMMENT_HASH_SECRET when set, else one derived from AUTH_SECRET — which, when
// unset, is generated once and kept beside the database (lib/auth/secret.ts); never a
// constant in the code. See docs/decisions/030.

let secret: string | null = null;

function loadSecret(): string {
  return process.env.COMMENT_HASH_SECRET || derivedSecret("comment-client-hash");
}

export function hashClient(address: string): string {
  secret ??= loadSecret();
  return crypto.createHmac("sha256", secret).update(`client:${address}`).digest("hex");
}

export function clientHashOf(headers: Headers): string {
  return hashClient(clientAddress(headers));
}
