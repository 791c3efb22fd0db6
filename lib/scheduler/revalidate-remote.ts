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

/** A scheduled front-page arrangement went live, or its breaking bar expired. */
let frontPending = false;
export function queueFrontRevalidation() {
  frontPending = true;
}

export async function flushRevalidations(baseUrl: string): Promise<void> {
  for (const [id, keys] of [...pending]) {
    if (await postInternal(baseUrl, keys)) pending.delete(id);
  }
  if (frontPending && (await postInternal(baseUrl, { front: true }))) frontPending = false;
}

/**
 * Once per Baghdad day (the first tick included: the pages cached before a restart may
 * carry yesterday's date), ask the server to expire the date line if it names another day.
 */
let checkedDay: string | null = null;

export async function turnTheDay(baseUrl: string, day: string): Promise<void> {
  if (checkedDay === day) return;
  if (await postInternal(baseUrl, { today: true })) checkedDay = day;
}

/** One request to /api/internal/revalidate; false when the server did not take it (the next tick retries). */
async function postInternal(baseUrl: string, body: unknown): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [INTERNAL_HEADER]: internalToken() },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    });
    return res.ok;
  } catch {
    return false; // not listening yet
  }
}
