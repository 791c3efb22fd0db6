import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";
const { firstViewInWindow, rememberedViewers, VIEW_WINDOW_MS } = await import("./dedupe");

describe("one view per client and piece per window", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2026-12-01T10:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  it("counts 300 beacons from one client once, and three clients three times", () => {
    let counted = 0;
    for (let i = 0; i < 300; i++) if (firstViewInWindow("198.51.100.1", 42)) counted++;
    expect(counted).toBe(1);
    for (const c of ["198.51.100.2", "198.51.100.3", "2001:db8::7"]) for (let i = 0; i < 100; i++) if (firstViewInWindow(c, 42)) counted++;
    expect(counted).toBe(4);
  });

  it("counts the same client again on another piece, and after the window", () => {
    expect(firstViewInWindow("198.51.100.9", 7)).toBe(true);
    expect(firstViewInWindow("198.51.100.9", 8)).toBe(true);
    vi.advanceTimersByTime(VIEW_WINDOW_MS - 1000);
    expect(firstViewInWindow("198.51.100.9", 7)).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(firstViewInWindow("198.51.100.9", 7)).toBe(true);
  });

  it("remembers a bounded number of pairs under a flood of distinct clients", () => {
    for (let i = 0; i < 120_000; i++) firstViewInWindow(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, 1);
    expect(rememberedViewers()).toBeLessThanOrEqual(100_000);
  }, 60_000);
});
