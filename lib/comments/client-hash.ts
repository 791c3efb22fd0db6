import "server-only";
import crypto from "node:crypto";
import { derivedSecret } from "@/lib/auth/secret";

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

/**
 * The client address as the proxy in front of us reports it. TRUST ASSUMPTION: the app
 * runs behind a reverse proxy that sets X-Forwarded-For / X-Real-IP (overwriting what the
 * client sent). Exposed directly, a client can choose its own address and so its own
 * rate-limit bucket; route handlers do not see the socket address.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 100);
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 100);
  return "unknown";
}

export function clientHashOf(headers: Headers): string {
  return hashClient(clientAddress(headers));
}
