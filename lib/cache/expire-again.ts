import "server-only";
import { INTERNAL_HEADER, internalBaseUrl, internalToken } from "@/lib/scheduler/internal";

// A render that was already running when content changed may have read the old content
// and stored its page (in Next's cache) just after the tags were expired: it would then be
// served as fresh until the page's own lifetime ends (five minutes for the home page,
// issue 18). So every expiry is repeated once the requests running at that moment have
// finished. serve.mjs knows which requests are in flight (scripts/inflight.mjs); without
// it (plain `next start`) the repeat waits a fixed two seconds. The repeat goes through
// the internal route because revalidateTag needs a request (decision 007).

const AFTER_INFLIGHT = Symbol.for("midad.afterInflight");
type AfterInflight = (fn: () => Promise<void>) => void;

let pending = new Set<string>();
let scheduled = false;

export function expireAgainLater(tagList: Iterable<string>) {
  // Only inside a running server: scripts and unit tests have no cache to protect.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  for (const t of tagList) pending.add(t);
  if (scheduled) return;
  scheduled = true;
  const after = (globalThis as { [AFTER_INFLIGHT]?: AfterInflight })[AFTER_INFLIGHT] ?? ((fn) => void setTimeout(fn, 2000).unref());
  after(flush);
}

async function flush(attempt = 0): Promise<void> {
  scheduled = false;
  const tags = [...pending];
  pending = new Set();
  if (tags.length === 0) return;
  try {
    const res = await fetch(`${internalBaseUrl()}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [INTERNAL_HEADER]: internalToken() },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`status ${res.status}`);
  } catch (e) {
    // Keep the tags for another try: a stale page must not outlive this.
    for (const t of tags) pending.add(t);
    if (attempt < 5 && !scheduled) {
      scheduled = true;
      setTimeout(() => void flush(attempt + 1), 1000 * (attempt + 1)).unref();
    } else if (attempt >= 5) console.warn(`[cache] could not expire again: ${(e as Error).message}`);
  }
}
