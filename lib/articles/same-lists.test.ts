import { describe, expect, it } from "vitest";
import type { ArticleCacheKeys } from "@/lib/cache/revalidate";
import { sameLists } from "./after-change";

// An edit that leaves every list's membership as it was purges only the pages linking to the
// piece (decision 101); anything that can move it in or out of a list purges the lists.
const base: ArticleCacheKeys = {
  id: 1,
  slug: "a",
  sectionSlugs: ["economy"],
  authorSlugs: ["x", "y"],
  tagSlugs: ["oil"],
  supplementSlugs: [],
  listing: JSON.stringify(["published", false, true, 1]),
};

describe("sameLists", () => {
  it("is true for a text edit (slug and byline order do not matter)", () => {
    expect(sameLists(base, { ...base, slug: "b", authorSlugs: ["y", "x"] })).toBe(true);
  });

  it("is false when a section, byline, tag, supplement, picture, breaking flag or status changes", () => {
    for (const after of [
      { ...base, sectionSlugs: ["politics"] },
      { ...base, authorSlugs: ["x"] },
      { ...base, tagSlugs: ["oil", "gas"] },
      { ...base, supplementSlugs: ["weekly"] },
      { ...base, listing: JSON.stringify(["published", false, false, 1]) },
      { ...base, listing: JSON.stringify(["published", true, true, 1]) },
      { ...base, listing: JSON.stringify(["archived", false, true, 1]) },
    ])
      expect(sameLists(base, after)).toBe(false);
  });

  it("is false when what decides the lists is unknown", () => {
    expect(sameLists({ ...base, listing: undefined }, { ...base, listing: undefined })).toBe(false);
  });
});
