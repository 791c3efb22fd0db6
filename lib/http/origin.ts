import "server-only";
import { env } from "@/lib/env";

/**
 * Refuse requests another site makes a browser send (CSRF): Origin must be ours when
 * present. Shared by every writing route handler (lib/http/route.ts); server actions get
 * the same check from Next, and scripts/serve.mjs turns its refusal into a 403.
 */
export function sameOrigin(request: Request): boolean {
  const h = request.headers;
  if (h.get("sec-fetch-site") === "cross-site") return false;
  const origin = h.get("origin");
  if (origin === null) return true; // Non-browser clients and old browsers send none.
  const allowed = new Set<string>([new URL(env.SITE_URL).origin, new URL(request.url).origin]);
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (host) {
    const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? new URL(request.url).protocol.replace(":", "");
    allowed.add(`${proto}://${host}`);
  }
  return allowed.has(origin);
}
