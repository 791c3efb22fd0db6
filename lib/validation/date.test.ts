import { describe, expect, it } from "vitest";
import { isCalendarDay, isWallTime } from "./date";

describe("strict calendar days and wall times (no rollover)", () => {
  it("accepts real days and times", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isWallTime("00:00")).toBe(true);
    expect(isWallTime("23:59")).toBe(true);
  });
  it("refuses what Date would roll over or cannot represent", () => {
    for (const d of ["2026-13-40", "2026-02-31", "2026-02-29", "2026-00-10", "2026-1-1", "+02026-01-01", "0000-01-01", ""]) expect(isCalendarDay(d)).toBe(false);
    for (const t of ["99:99", "24:00", "12:60", "7:30", "12:30:99", ""]) expect(isWallTime(t)).toBe(false);
  });
});
