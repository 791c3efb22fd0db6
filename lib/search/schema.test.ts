import { describe, expect, it } from "vitest";
import { dayRange, readSearchParams, searchHref, searchQuerySchema } from "./schema";

describe("search parameters", () => {
  it("reads every filter from the query string", () => {
    const { params, problems } = readSearchParams({ q: " الموازنة ", page: "2", section: "politics", from: "2026-11-01", to: "2026-11-30", sort: "newest" });
    expect(params).toEqual({ q: "الموازنة", page: 2, section: "politics", from: "2026-11-01", to: "2026-11-30", sort: "newest" });
    expect(problems).toEqual([]);
  });

  it("treats empty fields (what a GET form sends) as absent", () => {
    const { params, problems } = readSearchParams({ q: "بغداد", section: "", from: "", to: "", sort: "" });
    expect(params).toEqual({ q: "بغداد", page: 1, section: null, from: null, to: null, sort: "relevance" });
    expect(problems).toEqual([]);
  });

  it("ignores what it cannot use, with an Arabic message, and never throws", () => {
    const { params, problems } = readSearchParams({ q: ["بغداد", "x"], page: "abc", section: "<script>", from: "2026-02-30", to: "amanhã", sort: "oldest" });
    expect(params).toEqual({ q: "بغداد", page: 1, section: null, from: null, to: null, sort: "relevance" });
    expect(problems).toHaveLength(5);
    for (const p of problems) expect(p).toMatch(/[\u0600-\u06FF]/);
  });

  it("swaps a range given backwards, and says so", () => {
    const { params, problems } = readSearchParams({ q: "x", from: "2026-12-01", to: "2026-11-01" });
    expect([params.from, params.to]).toEqual(["2026-11-01", "2026-12-01"]);
    expect(problems[0]).toContain("بدّلنا");
  });

  it("counts days in Baghdad time, both ends included", () => {
    const r = dayRange("2026-11-01", "2026-11-30");
    expect(r.from!.toISOString()).toBe("2026-10-31T21:00:00.000Z");
    expect(r.to!.toISOString()).toBe("2026-11-30T21:00:00.000Z");
  });

  it("the API refuses a bad value with the same Arabic message", () => {
    const r = searchQuerySchema.safeParse({ q: "x", sort: "oldest" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe("طريقة الترتيب غير معروفة.");
  });

  it("builds addresses with the defaults left out", () => {
    expect(searchHref({ q: "الموازنة" })).toBe(`/search?q=${encodeURIComponent("الموازنة")}`);
    expect(searchHref({ q: "a b", section: "politics", from: "2026-11-01", to: null, sort: "newest", page: 3 })).toBe(
      "/search?q=a+b&section=politics&from=2026-11-01&sort=newest&page=3",
    );
  });
});

describe("search parameters: inherited names are not orders", () => {
  it("refuses «constructor» and «toString» as a sort", () => {
    for (const sort of ["constructor", "toString", "__proto__"]) expect(readSearchParams({ q: "x", sort }).params.sort).toBe("relevance");
  });
});
