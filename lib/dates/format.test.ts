import { describe, expect, it } from "vitest";
import {
  baghdadDay,
  baghdadWallTimeToDate,
  formatArabicDateTime,
  isoWithBaghdadOffset,
  publishedLine,
} from "./format";

describe("the article date line", () => {
  it("prints the seed article's line exactly", () => {
    expect(publishedLine(new Date("2024-07-31T21:22:00Z"))).toBe("نشر في: 1 أغسطس, 2024: 12:22 ص");
  });

  it("uses م for afternoon times and pads the hour", () => {
    expect(formatArabicDateTime(new Date("2024-08-01T12:05:00Z"))).toBe("1 أغسطس, 2024: 03:05 م");
  });

  it("shows noon as 12 م and midnight as 12 ص", () => {
    expect(formatArabicDateTime(new Date("2024-03-10T09:00:00Z"))).toBe("10 مارس, 2024: 12:00 م");
    expect(formatArabicDateTime(new Date("2024-03-09T21:00:00Z"))).toBe("10 مارس, 2024: 12:00 ص");
  });

  it("moves to the next Baghdad day when UTC is still on the previous one", () => {
    expect(formatArabicDateTime(new Date("2023-12-31T22:30:00Z"))).toBe("1 يناير, 2024: 01:30 ص");
    expect(baghdadDay(new Date("2023-12-31T22:30:00Z"))).toBe("2024-01-01");
  });

  it("uses Latin digits and Egyptian month names", () => {
    const line = formatArabicDateTime(new Date("2024-02-15T10:00:00Z"));
    expect(line).toMatch(/^15 فبراير, 2024: 01:00 م$/);
    expect(line).not.toMatch(/[٠-٩]/);
  });
});

describe("Baghdad wall time", () => {
  it("turns a Baghdad date and time into the right instant", () => {
    expect(baghdadWallTimeToDate("2024-08-01", "00:22").toISOString()).toBe("2024-07-31T21:22:00.000Z");
  });
  it("prints ISO dates with the +03:00 offset", () => {
    expect(isoWithBaghdadOffset(new Date("2024-07-31T21:22:00Z"))).toBe("2024-08-01T00:22:00+03:00");
  });
});
