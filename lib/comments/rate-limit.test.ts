import { describe, expect, it } from "vitest";
import { COMMENT_RULES, consume, decide, type HitStore } from "./rate-limit";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (s: number) => new Date(t0.getTime() + s * 1000);

function memoryStore(): HitStore & { hits: Map<string, Date[]> } {
  const hits = new Map<string, Date[]>();
  return {
    hits,
    async hitsSince(key, since) {
      return (hits.get(key) ?? []).filter((d) => d > since);
    },
    async record(key, when) {
      hits.set(key, [...(hits.get(key) ?? []), when]);
    },
  };
}

describe("rate limiter", () => {
  it("allows 3 a minute and refuses the 4th with the wait until a slot frees", () => {
    const hits = [at(0), at(10), at(20)];
    expect(decide(hits.slice(0, 2), at(30), COMMENT_RULES)).toEqual({ ok: true });
    expect(decide(hits, at(30), COMMENT_RULES)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(decide(hits, at(61), COMMENT_RULES)).toEqual({ ok: true });
  });

  it("allows 20 an hour and refuses the 21st", () => {
    const hits = Array.from({ length: 20 }, (_, i) => at(i * 120)); // every two minutes
    const d = decide(hits, at(20 * 120), COMMENT_RULES);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.retryAfterSeconds).toBe(3600 - 20 * 120);
    expect(decide(hits, at(3601), COMMENT_RULES).ok).toBe(true);
  });

  it("records only allowed hits, per key", async () => {
    const store = memoryStore();
    for (let i = 0; i < 3; i++) expect((await consume(store, "a", COMMENT_RULES, at(i))).ok).toBe(true);
    expect((await consume(store, "a", COMMENT_RULES, at(3))).ok).toBe(false);
    expect(store.hits.get("a")).toHaveLength(3);
    expect((await consume(store, "b", COMMENT_RULES, at(3))).ok).toBe(true);
    expect((await consume(store, "a", COMMENT_RULES, at(61))).ok).toBe(true);
  });
});
