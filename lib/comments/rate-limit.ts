// Fixed windows counted from stored hits (RateLimitHit rows), so limits survive restarts
// and hold across several app instances sharing one database.

export type Rule = { limit: number; windowMs: number };

/** Readers: at most 3 comments a minute and 20 an hour from one client. */
export const COMMENT_RULES: Rule[] = [
  { limit: 3, windowMs: 60_000 },
  { limit: 20, windowMs: 3_600_000 },
];

/** Reports: generous, only to stop scripted floods. */
export const REPORT_RULES: Rule[] = [{ limit: 30, windowMs: 3_600_000 }];

export type Decision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Given the times of earlier hits (any order), may one more happen now? When not, how many
 * seconds until the oldest hit in the exceeded window leaves it.
 */
export function decide(hits: readonly Date[], now: Date, rules: readonly Rule[]): Decision {
  let wait = 0;
  for (const rule of rules) {
    const since = now.getTime() - rule.windowMs;
    const inWindow = hits.map((h) => h.getTime()).filter((t) => t > since).sort((a, b) => a - b);
    if (inWindow.length >= rule.limit) {
      // The hit that must leave the window before one more fits.
      const blocking = inWindow[inWindow.length - rule.limit]!;
      wait = Math.max(wait, Math.ceil((blocking + rule.windowMs - now.getTime()) / 1000));
    }
  }
  return wait > 0 ? { ok: false, retryAfterSeconds: Math.max(1, wait) } : { ok: true };
}

export type HitStore = {
  hitsSince(key: string, since: Date): Promise<Date[]>;
  record(key: string, at: Date): Promise<void>;
  /** Runs check-and-record for one key so no parallel request sees the same count. */
  atomic?<T>(key: string, fn: (store: HitStore) => Promise<T>): Promise<T>;
};

/** Checks the rules and records the hit when allowed. */
export async function consume(store: HitStore, key: string, rules: readonly Rule[], now = new Date()): Promise<Decision> {
  if (store.atomic) return store.atomic(key, (inner) => consume(inner, key, rules, now));
  const longest = Math.max(...rules.map((r) => r.windowMs));
  const hits = await store.hitsSince(key, new Date(now.getTime() - longest));
  const decision = decide(hits, now, rules);
  if (decision.ok) await store.record(key, now);
  return decision;
}
