import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { decide, type Rule } from "@/lib/comments/rate-limit";
import { retryWhileBusy } from "@/lib/sql/busy-retry";
import { lockKey } from "@/lib/sql/key-lock";

// Per-key limit of the content API: the comments' rule and decision (lib/comments/rate-limit.ts)
// over the same stored hits (RateLimitHit), checked and recorded under the key's lock so it
// holds across instances, plus what the RateLimit-* headers report. Every write of a request
// — the hit, the key's last use, pruning old hits — happens inside that one transaction: a
// write beside it makes SQLite refuse the transaction's own write (SQLITE_BUSY_SNAPSHOT),
// which the HTTP fuzz test found as 500s under parallel requests.

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

/** Count this request against the key (when allowed) and note the key's last use. */
export async function consumeQuota(keyId: number, touch: boolean, now = new Date()): Promise<Quota> {
  const rules = apiRules();
  const rule = rules[0]!;
  const key = `api:${keyId}`;
  // Another writer may hold SQLite meanwhile: the transaction then wrote nothing and runs again.
  return retryWhileBusy(() =>
    db.$transaction(async (tx) => {
      await lockKey(tx, `rate:${key}`);
      const hits = (await tx.rateLimitHit.findMany({ where: { key, createdAt: { gt: new Date(now.getTime() - rule.windowMs) } }, select: { createdAt: true } })).map((h) => h.createdAt);
      const d = decide(hits, now, rules);
      if (d.ok) await tx.rateLimitHit.create({ data: { key, createdAt: now } });
      if (touch) await tx.apiKey.updateMany({ where: { id: keyId }, data: { lastUsedAt: now } });
      if (Math.random() < 0.01) await tx.rateLimitHit.deleteMany({ where: { key, createdAt: { lt: new Date(now.getTime() - 2 * rule.windowMs) } } });
      return { ok: d.ok, ...quotaOf(hits, now, rule, d.ok), ...(d.ok ? {} : { resetSeconds: d.retryAfterSeconds }) };
    }),
  );
}
