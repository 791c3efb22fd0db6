import { describe, expect, it } from "vitest";
import { tags } from "@/lib/cache/tags";
import { surrogateHeader } from "./http";

// An author or tag with an Arabic slug must not make the API's answer fail: a header value
// takes Latin-1 only (new Headers() throws otherwise), so keys carry slugs percent-encoded.
describe("surrogate keys as a header", () => {
  it("percent-encodes Arabic slugs and leaves plain keys as they are", () => {
    const value = surrogateHeader(["all", tags.article(12), tags.author("تميم-الحسن"), tags.home]);
    expect(value).toBe("all article:12 author:%D8%AA%D9%85%D9%8A%D9%85-%D8%A7%D9%84%D8%AD%D8%B3%D9%86 home");
    expect(() => new Headers({ xkey: value })).not.toThrow();
  });
});
