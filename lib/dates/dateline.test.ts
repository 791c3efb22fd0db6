import { describe, expect, it } from "vitest";
import { dateline } from "./dateline";

describe("the masthead's date line", () => {
  it("gives the Gregorian and Umm al-Qura dates of the Baghdad day", () => {
    // 2026-12-03 05:00 UTC is 08:00 in Baghdad.
    expect(dateline(new Date("2026-12-03T05:00:00Z"))).toEqual({
      day: "2026-12-03",
      gregorian: "الخميس، 3 ديسمبر 2026",
      hijri: "23 جمادى الآخرة 1448 هـ",
    });
  });

  it("turns the page at Baghdad's midnight, not UTC's", () => {
    // 21:30 UTC on 2 December is 00:30 on 3 December in Baghdad (UTC+3).
    const late = dateline(new Date("2026-12-02T21:30:00Z"));
    expect(late.day).toBe("2026-12-03");
    expect(late.gregorian).toBe("الخميس، 3 ديسمبر 2026");
    expect(dateline(new Date("2026-12-02T20:59:00Z")).gregorian).toBe("الأربعاء، 2 ديسمبر 2026");
  });

  it("knows the first of Ramadan 1447 (18 February 2026 in Umm al-Qura)", () => {
    expect(dateline(new Date("2026-02-18T09:00:00Z")).hijri).toBe("1 رمضان 1447 هـ");
  });
});
