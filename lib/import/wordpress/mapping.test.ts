import { describe, expect, it } from "vitest";
import { decodeSlug, mapCommentStatus, mapStatus, pickTaxonomy, topLevelParent, wpDate } from "./mapping";
import type { WpTerm } from "./records";

describe("decodeSlug", () => {
  it("decodes WordPress's percent-encoded Arabic slugs", () => {
    expect(decodeSlug("%d8%a7%d9%84%d9%85%d9%88%d8%a7%d8%b2%d9%86%d8%a9")).toBe("الموازنة");
    expect(decodeSlug("baghdad-traffic-plan")).toBe("baghdad-traffic-plan");
    expect(decodeSlug("100%-sure")).toBe("100%-sure");
  });
});

describe("wpDate", () => {
  it("uses post_date_gmt when set", () => {
    expect(wpDate("2024-07-31 21:22:00", "2024-08-01 00:22:00", "Asia/Baghdad")?.toISOString()).toBe("2024-07-31T21:22:00.000Z");
  });
  it("falls back to post_date in the site's timezone when the GMT date is zero or empty", () => {
    expect(wpDate("0000-00-00 00:00:00", "2024-08-05 08:00:00", "Asia/Baghdad")?.toISOString()).toBe("2024-08-05T05:00:00.000Z");
    expect(wpDate("", "2024-08-05 08:00:00", "Europe/London")?.toISOString()).toBe("2024-08-05T07:00:00.000Z");
    expect(wpDate("", "2024-01-05 08:00:00", "Europe/London")?.toISOString()).toBe("2024-01-05T08:00:00.000Z");
  });
  it("is null when neither is a date", () => {
    expect(wpDate("0000-00-00 00:00:00", "0000-00-00 00:00:00", "Asia/Baghdad")).toBeNull();
  });
});

describe("mapStatus", () => {
  it("maps every WordPress status", () => {
    expect(mapStatus("publish")).toEqual({ status: "published" });
    expect(mapStatus("future")).toEqual({ status: "scheduled" });
    expect(mapStatus("draft")).toEqual({ status: "draft" });
    expect(mapStatus("pending")).toEqual({ status: "in_review" });
    expect(mapStatus("private")).toEqual({ status: "draft" });
    expect(mapStatus("trash")).toEqual({ skip: "trash" });
    expect(mapStatus("inherit")).toEqual({ skip: "unknown-status" });
  });
  it("maps comment states", () => {
    expect(mapCommentStatus("1")).toBe("approved");
    expect(mapCommentStatus("0")).toBe("pending");
    expect(mapCommentStatus("spam")).toBe("spam");
    expect(mapCommentStatus("trash")).toBeNull();
    expect(mapCommentStatus("post-trashed")).toBeNull();
  });
});

describe("pickTaxonomy", () => {
  const cats = new Map<number, WpTerm>([
    [4, { termId: 4, taxonomy: "category", slug: "%d8%b4%d8%a4%d9%88%d9%86", name: "شؤون", parentSlug: "", description: "", line: 1 }],
    [5, { termId: 5, taxonomy: "category", slug: "economy", name: "اقتصاد", parentSlug: "", description: "", line: 1 }],
  ]);
  const terms = [
    { domain: "category", slug: "%d8%b4%d8%a4%d9%88%d9%86", name: "شؤون" },
    { domain: "category", slug: "economy", name: "اقتصاد" },
    { domain: "post_tag", slug: "%d8%a7%d9%84%d9%86%d9%81%d8%b7", name: "النفط" },
  ];
  it("takes Yoast's primary category as the section; other categories become tags", () => {
    expect(pickTaxonomy({ terms, meta: { _yoast_wpseo_primary_category: "5" } }, cats)).toEqual({
      sectionSlug: "economy",
      categoryTags: ["شؤون"],
      tags: [{ slug: "النفط", name: "النفط" }],
    });
  });
  it("takes the first category without Yoast (or when Yoast names a category the post lacks)", () => {
    expect(pickTaxonomy({ terms, meta: {} }, cats).sectionSlug).toBe("شؤون");
    expect(pickTaxonomy({ terms: terms.slice(0, 1), meta: { _yoast_wpseo_primary_category: "5" } }, cats).sectionSlug).toBe("شؤون");
    expect(pickTaxonomy({ terms: [], meta: {} }, cats).sectionSlug).toBeNull();
  });
});

describe("topLevelParent", () => {
  const parentOf = new Map([
    [1, 0],
    [2, 1],
    [3, 2],
    [4, 99],
  ]);
  it("attaches replies to replies to the top-level comment", () => {
    expect(topLevelParent(1, parentOf)).toBeNull();
    expect(topLevelParent(2, parentOf)).toBe(1);
    expect(topLevelParent(3, parentOf)).toBe(1);
  });
  it("makes a reply whose parent was not imported a top-level comment", () => {
    expect(topLevelParent(4, parentOf)).toBeNull();
  });
});
