import "server-only";
import { env } from "@/lib/env";
import { decide, type HitStore, type Rule } from "@/lib/comments/rate-limit";
import { dbHitStore } from "@/lib/comments/rate-limit-store";

// Per-key limit of the content API: the comments' limiter (stored hits, checked under a
// per-key lock, so it holds across instances), plus what the RateLimit-* headers report.

export const apiRules = (): Rule[] => [{ limit: env.CONTENT_API_RATE_PER_MINUTE, windowMs: 60_000 }];

export type Quota = { ok: boolean; limit: number; remaining: number; resetSeconds: number };

/** The quota as it stands, from the hits already in the window (pure; unit-tested). */
export function quotaOf(hits: readonly Date[], now: Date, rule: Rule, counted: boolean): Omit<Quota, "ok"> {
  const since = now.getTime() - rule.windowMs;
  const inWindow = hits.map((h) => h.getTime()).filter((t) => t > since).sort((a, b) => a - b);
  const used = inWindow.length + (counted ? 1 : 0);
  const oldest = inWindow[0] ?? now.getTime();
  return { limit: rule.limit, remaining: Math.max(0, rule.limit - used), resetSeconds: Math.max(1, Math.ceil((oldest + rule.windowMs - now.getTime()) / 1000)) };
}

export async function consumeQuota(keyId: number, now = new Date(), store: HitStore = dbHitStore): Promise<Quota> {
  const rules = apiRules();
  const rule = rules[0]!;
  const key = `api:${keyId}`;
  const run = async (s: HitStore): Promise<Quota> => {
    const hits = await s.hitsSince(key, new Date(now.getTime() - rule.windowMs));
    const d = decide(hits, now, rules);
    if (d.ok) await s.record(key, now);
    return { ok: d.ok, ...quotaOf(hits, now, rule, d.ok), ...(d.ok ? {} : { resetSeconds: d.retryAfterSeconds }) };
  };
  return store.atomic ? store.atomic(key, run) : run(store);
}
