import { describe, expect, it } from "vitest";
import { slugify } from "./slug";
import { articlePath, decodeSegment, parseArticleId, parsePage } from "./urls";

describe("slugs", () => {
  it("keeps Arabic words joined by hyphens and drops punctuation", () => {
    expect(slugify("صراعات المنطقة تؤجل انسحاب القوات الأجنبية من العراق")).toBe(
      "صراعات-المنطقة-تؤجل-انسحاب-القوات-الأجنبية-من-العراق",
    );
    expect(slugify('القصة الكاملة لـ"العفو العام" من تعريف الإرهابي')).toBe("القصة-الكاملة-ل-العفو-العام-من-تعريف-الإرهابي");
  });
  it("drops vowel marks and keeps digits", () => {
    expect(slugify("اللواءُ 55 في الأنبار!")).toBe("اللواء-55-في-الأنبار");
  });
  it("never returns an empty slug", () => {
    expect(slugify("؟!…")).toBe("مقال");
  });
  it("caps long titles", () => {
    expect(slugify("كلمة ".repeat(40)).split("-")).toHaveLength(10);
  });
});

describe("article URLs", () => {
  it("puts the id first and encodes the Arabic slug", () => {
    expect(articlePath({ id: 410630, slug: "صراعات-المنطقة" })).toBe(`/410630/${encodeURIComponent("صراعات-المنطقة")}`);
  });
  it("parses ids in Latin and Arabic-Indic digits and rejects the rest", () => {
    expect(parseArticleId("410630")).toBe(410630);
    expect(parseArticleId("٤١٠٦٣٠")).toBe(410630);
    expect(parseArticleId("41a")).toBeNull();
    expect(parseArticleId("0")).toBeNull();
    expect(parseArticleId("99999999999999999999")).toBeNull();
    expect(parseArticleId("%E0%A4%A")).toBeNull();
  });
  it("decodes slugs whether or not they arrive encoded", () => {
    expect(decodeSegment(encodeURIComponent("صراعات-المنطقة"))).toBe("صراعات-المنطقة");
    expect(decodeSegment("صراعات-المنطقة")).toBe("صراعات-المنطقة");
  });
  it("accepts only sane page numbers", () => {
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage("3")).toBe(3);
    expect(parsePage("0")).toBeNull();
    expect(parsePage("-1")).toBeNull();
    expect(parsePage("2abc")).toBeNull();
    expect(parsePage(["1", "2"])).toBeNull();
  });
});

import { parseListingTail } from "./urls";
describe("listing page tails", () => {
  it("reads /page/N and refuses anything else", () => {
    expect(parseListingTail(undefined)).toBe(1);
    expect(parseListingTail(["page", "3"])).toBe(3);
    expect(parseListingTail(["page", "1"])).toBeNull(); // page 1 lives at the bare URL
    expect(parseListingTail(["page"])).toBeNull();
    expect(parseListingTail(["pages", "2"])).toBeNull();
    expect(parseListingTail(["page", "2", "x"])).toBeNull();
  });
});
