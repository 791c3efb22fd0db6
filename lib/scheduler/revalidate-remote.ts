import "server-only";
import { mergeKeys } from "@/lib/articles/after-change";
import type { ArticleCacheKeys } from "@/lib/cache/revalidate";
import { INTERNAL_HEADER, internalToken } from "./internal";

// revalidateTag needs a request context; the scheduler has none (no visitor). It asks
// its own server to expire the tags through /api/internal/revalidate on the loopback
// address, and keeps retrying until that succeeds (e.g. while the server starts).
const pending = new Map<number, ArticleCacheKeys>();

export function queueRevalidation(keys: ArticleCacheKeys) {
  const prev = pending.get(keys.id);
  pending.set(keys.id, prev ? mergeKeys(prev, keys) : keys);
}

export async function flushRevalidations(baseUrl: string): Promise<void> {
  for (const [id, keys] of [...pending]) {
    try {
      const res = await fetch(`${baseUrl}/api/internal/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", [INTERNAL_HEADER]: internalToken() },
        body: JSON.stringify(keys),
        signal: AbortSignal.timeout(5000),
      });
      if (res.ok) pending.delete(id);
    } catch {
      // not listening yet: the next tick retries
    }
  }
}
