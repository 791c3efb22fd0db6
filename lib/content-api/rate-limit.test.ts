import { describe, expect, it } from "vitest";
import { quotaOf } from "./rate-limit";

// What the RateLimit-* headers say, from the hits in the window.
describe("quotaOf", () => {
  const now = new Date("2026-12-03T10:00:00Z");
  const rule = { limit: 3, windowMs: 60_000 };
  const ago = (s: number) => new Date(now.getTime() - s * 1000);
  it("counts the request being answered and ignores hits older than the window", () => {
    expect(quotaOf([], now, rule, true)).toEqual({ limit: 3, remaining: 2, resetSeconds: 60 });
    expect(quotaOf([ago(90), ago(10)], now, rule, true)).toEqual({ limit: 3, remaining: 1, resetSeconds: 50 });
  });
  it("never reports fewer than zero left, and resets when the oldest hit leaves", () => {
    expect(quotaOf([ago(50), ago(20), ago(5)], now, rule, false)).toEqual({ limit: 3, remaining: 0, resetSeconds: 10 });
  });
});
