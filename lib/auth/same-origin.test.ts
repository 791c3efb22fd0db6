import { describe, expect, it } from "vitest";
import { isAllowedOrigin, requestOrigin } from "./same-origin";

const SITE = "https://news.example";
const h = (o: Record<string, string>) => new Headers(o);

describe("same-origin check for sign-in and sign-out", () => {
  it("accepts the site's own origin, whatever the path or Host", () => {
    expect(requestOrigin(h({ origin: SITE, host: "evil.example" }), SITE)).toBe("same-origin");
    expect(requestOrigin(h({ referer: `${SITE}/login?next=/admin` }), SITE)).toBe("same-origin");
    expect(requestOrigin(h({ "sec-fetch-site": "same-origin" }), SITE)).toBe("same-origin");
  });

  it("refuses other origins, other schemes and ports, and the opaque origin", () => {
    for (const origin of ["https://evil.example", "http://news.example", "https://news.example:8443", "https://news.example.evil.example", "null", "", "not a url"]) {
      expect(isAllowedOrigin(h({ origin }), SITE), origin).toBe(false);
    }
  });

  it("lets Origin decide over Referer, and Referer over Sec-Fetch-Site", () => {
    expect(isAllowedOrigin(h({ origin: "https://evil.example", referer: `${SITE}/login` }), SITE)).toBe(false);
    expect(isAllowedOrigin(h({ origin: SITE, referer: "https://evil.example/x" }), SITE)).toBe(true);
    expect(isAllowedOrigin(h({ referer: "https://evil.example/x", "sec-fetch-site": "same-origin" }), SITE)).toBe(false);
    expect(isAllowedOrigin(h({ "sec-fetch-site": "cross-site" }), SITE)).toBe(false);
    expect(isAllowedOrigin(h({ "sec-fetch-site": "same-site" }), SITE)).toBe(false);
  });

  it("accepts a request with none of the headers (not a browser: no victim's cookies)", () => {
    expect(requestOrigin(h({}), SITE)).toBe("unknown");
    expect(isAllowedOrigin(h({}), SITE)).toBe(true);
  });
});
