import "server-only";
import { INTERNAL_HEADER, internalBaseUrl, internalToken } from "@/lib/scheduler/internal";

// Expiries made by another instance arrive over Redis in scripts/cluster-bus.mjs (outside
// Next). revalidateTag needs a request, so they are applied through this instance's own
// internal route (decision 101), retried until it answers (e.g. while the server starts).
const REMOTE_EXPIRE = Symbol.for("midad.remoteExpire");

async function send(tags: string[], attempt = 0): Promise<void> {
  try {
    const res = await fetch(`${internalBaseUrl()}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [INTERNAL_HEADER]: internalToken() },
      body: JSON.stringify({ tags, peer: true }),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`status ${res.status}`);
  } catch (e) {
    if (attempt < 8) setTimeout(() => void send(tags, attempt + 1), 100 * 2 ** attempt).unref();
    else console.warn(`[cluster] could not apply another instance's expiry: ${(e as Error).message}`);
  }
}

/** Called once at start-up (instrumentation.ts). */
export function registerPeerExpiry() {
  (globalThis as { [REMOTE_EXPIRE]?: (tags: string[]) => void })[REMOTE_EXPIRE] = (tags) => void send(tags);
}
