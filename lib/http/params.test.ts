import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { idSegment, pathSegment, pathSegments, slugSegment } from "./params";

describe("path segments (issue 9: no 5xx from a path)", () => {
  it("takes Next's decoded segment as it is, in NFC", () => {
    expect(slugSegment("صراعات-المنطقة")).toBe("صراعات-المنطقة");
    expect(slugSegment("e\u0301")).toBe("\u00e9");
  });
  it("decodes a still-encoded slug once, and refuses one that does not decode", () => {
    expect(slugSegment(encodeURIComponent("صراعات-المنطقة"))).toBe("صراعات-المنطقة");
    for (const bad of ["%", "%ZZ", "%u0041", "%C0%AF", "%ED%A0%80", "%E0%A4%A"]) expect(slugSegment(bad)).toBeNull();
  });
  it("refuses lone surrogates, controls and oversized segments", () => {
    expect(pathSegment("a\ud800")).toBeNull();
    expect(pathSegment("a\u0000b")).toBeNull();
    expect(pathSegment("a\r\nb")).toBeNull();
    expect(pathSegment("x".repeat(2000))).toBeNull();
    expect(pathSegment(["a"])).toBeNull();
  });
  it("parses ids within the database's 32-bit range, Arabic-Indic digits too", () => {
    expect(idSegment("410630")).toBe(410630);
    expect(idSegment("٤١٠٦٣٠")).toBe(410630);
    expect(idSegment("2147483647")).toBe(2147483647);
    expect(idSegment("2147483648")).toBeNull();
    expect(idSegment("99999999999")).toBeNull();
    expect(idSegment("0")).toBeNull();
    expect(idSegment("-1")).toBeNull();
    expect(idSegment("1e3")).toBeNull();
  });
  it("never decodes media paths a second time", () => {
    expect(pathSegments(["2026", "%.jpg"])).toEqual(["2026", "%.jpg"]);
    expect(pathSegments(["..", "x.jpg"])).toBeNull();
    expect(pathSegments([])).toBeNull();
  });
  it("never throws, whatever the segment (2,000 generated cases)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.stringMatching(/^(%[0-9A-Za-z]{0,2}|[a-z٠-٩0-9])*$/)), (s) => {
        const slug = slugSegment(s);
        const id = idSegment(s);
        expect(slug === null || typeof slug === "string").toBe(true);
        expect(id === null || (Number.isInteger(id) && id > 0 && id <= 2_147_483_647)).toBe(true);
      }),
      { numRuns: 2000, seed: 9 },
    );
  });
});
