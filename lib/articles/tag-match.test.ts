import { describe, expect, it } from "vitest";
import { sameTag, suggestTags } from "./tag-match";

const TAGS = ["الانتخابات", "العراق", "اقتصاد", "كرة القدم", "الموازنة العامة"];

describe("tag autocomplete", () => {
  it("finds the existing tag for another spelling of it", () => {
    expect(sameTag("الإنتخابات", TAGS)).toBe("الانتخابات");
    expect(sameTag("انتخابات", TAGS)).toBe("الانتخابات");
    expect(sameTag("الموازنة العامه", TAGS)).toBe("الموازنة العامة");
    expect(sameTag("انتخابات محلية", TAGS)).toBeUndefined();
  });
  it("suggests by the start first, then anywhere in the name", () => {
    expect(suggestTags("ال", TAGS)).toEqual(["الانتخابات", "العراق", "الموازنة العامة", "كرة القدم"]);
    expect(suggestTags("القدم", TAGS)).toEqual(["كرة القدم"]);
    expect(suggestTags("إقتص", TAGS)).toEqual(["اقتصاد"]);
  });
  it("leaves out tags already chosen", () => {
    expect(suggestTags("العراق", TAGS, ["العراق"])).toEqual([]);
  });
});
