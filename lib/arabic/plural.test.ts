import { describe, expect, it } from "vitest";
import { counted, HOURS, LETTERS, MINUTES, RESULTS } from "./plural";

describe("numbers agree with what they count", () => {
  it("letters, in all six forms", () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 200, 255].map((n) => counted(n, LETTERS))).toEqual([
      "0 حرف",
      "حرف واحد",
      "حرفان",
      "3 أحرف",
      "10 أحرف",
      "11 حرفاً",
      "99 حرفاً",
      "100 حرف",
      "102 حرف",
      "103 أحرف",
      "111 حرفاً",
      "200 حرف",
      "255 حرفاً",
    ]);
  });
  it("results, minutes and hours", () => {
    expect([0, 1, 2, 9, 20, 100].map((n) => counted(n, RESULTS))).toEqual(["لا نتائج", "نتيجة واحدة", "نتيجتان", "9 نتائج", "20 نتيجة", "100 نتيجة"]);
    expect([1, 2, 5, 15, 60].map((n) => counted(n, MINUTES))).toEqual(["دقيقة واحدة", "دقيقتين", "5 دقائق", "15 دقيقة", "60 دقيقة"]);
    expect([1, 2, 3, 72].map((n) => counted(n, HOURS))).toEqual(["ساعة واحدة", "ساعتين", "3 ساعات", "72 ساعة"]);
  });
});
