import { describe, expect, it } from "vitest";
import { series, totals, windows } from "./days";

describe("statistics day windows (Baghdad days, like the view buffer)", () => {
  it("a Baghdad day starts at 21:00 UTC the evening before", () => {
    // 2026-12-03 21:30 UTC is already 4 December in Baghdad (UTC+3).
    const w = windows(new Date("2026-12-03T21:30:00Z"));
    expect(w.today).toBe("2026-12-04");
    expect(w.week).toBe("2026-11-28");
    expect(w.month).toBe("2026-11-05");
    expect(w.days).toHaveLength(30);
    expect(windows(new Date("2026-12-03T20:59:59Z")).today).toBe("2026-12-03");
  });

  it("fills days without reads with zeros and totals today, 7 and 30 days", () => {
    const w = windows(new Date("2026-12-03T09:00:00Z"));
    const s = series(w.days, [
      { day: "2026-12-03", count: 5 },
      { day: "2026-11-27", count: 2 }, // 7 days back inclusive
      { day: "2026-11-26", count: 4 }, // 8 days back: only in the 30
      { day: "2026-11-03", count: 100 }, // 31 days back: outside
    ]);
    expect(s).toHaveLength(30);
    expect(s[29]).toEqual({ day: "2026-12-03", count: 5 });
    expect(s.filter((p) => p.count === 0)).toHaveLength(27);
    expect(totals(s, w)).toEqual({ today: 5, week: 7, month: 11 });
  });
});
