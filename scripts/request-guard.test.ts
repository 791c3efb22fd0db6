import { describe, expect, it } from "vitest";
import fc from "fast-check";
// @ts-expect-error plain ES module without types (it runs before any build step)
import { acceptableImageSource, decodablePath, safeForLog, withoutDotSegments } from "./request-guard.mjs";

describe("request guard (scripts/request-guard.mjs)", () => {
  it("spots every path Next's router cannot decode", () => {
    for (const bad of ["/tag/%E0%A4%A", "/author/%", "/tag/%ZZ", "/tag/%C0%AF", "/tag/%ED%A0%80", "/%u0041"]) expect(decodablePath(bad)).toBe(false);
    for (const good of ["/", "/tag/" + encodeURIComponent("سياسة"), "/media/%25.jpg", "/a%20b"]) expect(decodablePath(good)).toBe(true);
  });
  it("agrees with decodeURIComponent on generated paths (2,000 cases)", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^(%[0-9A-Fa-fZu]{0,2}|[a-z])*$/), { maxLength: 4 }), (segs) => {
        const p = `/${segs.join("/")}`;
        let ok = true;
        for (const s of segs) {
          try {
            decodeURIComponent(s);
          } catch {
            ok = false;
          }
        }
        expect(decodablePath(p)).toBe(ok);
      }),
      { numRuns: 2000, seed: 9 },
    );
  });
  it("lets /_next/image read only plain media paths", () => {
    expect(acceptableImageSource("/media/2026/12/abc-640.webp")).toBe(true);
    expect(acceptableImageSource(`/media/${encodeURIComponent("صورة")}.jpg`)).toBe(true);
    for (const bad of [null, "", "/1", "/media/a.jpg/", "/media/%ZZ.jpg", "/media/../x.jpg", "/media//x.jpg", "/media/a.jpg\r\nX: y", "/media/a%0d%0a.jpg", "https://evil.example/x.jpg", "/media/a.jpg?x=1"]) {
      expect(acceptableImageSource(bad)).toBe(false);
    }
  });
  it("resolves dot segments as a browser would (Next answers 500 for /section/.410630/page/.., fuzz seed 472760)", () => {
    expect(withoutDotSegments("/section/.410630/page/..")).toBe("/section/.410630");
    expect(withoutDotSegments("/a/./b/../c")).toBe("/a/c");
    expect(withoutDotSegments("/a/%2e%2E/b/%2e")).toBe("/b");
    expect(withoutDotSegments("/../../x")).toBe("/x");
    expect(withoutDotSegments("/..")).toBe("/");
    // Paths without dot segments come back as they were (same string: nothing to redirect).
    for (const p of ["/", "/section/politics/page/2", "/.well-known/x", "/a..b/c.", "/media/a.jpg"]) expect(withoutDotSegments(p)).toBe(p);
  });
  it("writes no raw line break from a URL into a log line", () => {
    expect(safeForLog("/x\r\nINJECTED")).toBe("/x\\x0d\\x0aINJECTED");
  });
});

describe("server action bodies", () => {
  it("lets through what React's encodeReply sends for plain arguments", async () => {
    // @ts-expect-error plain ES module without types
    const { decodableActionReply } = await import("./request-guard.mjs");
    for (const ok of ['[{"id":1,"day":"2026-12-20"}]', '[null,{"name":"$$100"}]', '["$undefined",1]', "[]", '["$D2026-01-01T00:00:00.000Z"]', '["$n123"]', '["$n-7"]']) expect(decodableActionReply(ok), ok).toBe(true);
    for (const bad of ["", "abc", "{", "{}", "1", '"x"', '["$1"]', '[{"a":"$@2"}]', '["$Q1"]', "null", '["$n9ziZ"]', '[{"a":"$n"}]', '["$n1.5"]']) expect(decodableActionReply(bad), bad).toBe(false);
  });
});

describe("multipart server action bodies", () => {
  it("accepts resolvable references and refuses dangling or malformed rows", async () => {
    // @ts-expect-error plain ES module without types
    const { decodableMultipartReply } = await import("./request-guard.mjs");
    const m = (o: Record<string, string>) => new Map(Object.entries(o));
    expect(decodableMultipartReply(m({ "0": '[null,"$K1"]', "1_name": "وسم" }), new Set())).toBe(true);
    expect(decodableMultipartReply(m({ "0": '["$@1"]', "1": '{"a":1}' }), new Set())).toBe(true);
    expect(decodableMultipartReply(m({ "0": '["$@1"]' }), new Set())).toBe(false);
    expect(decodableMultipartReply(m({ "0": "null" }), new Set())).toBe(false);
    expect(decodableMultipartReply(m({ "0": "{" }), new Set())).toBe(false);
    expect(decodableMultipartReply(m({}), new Set())).toBe(false);
  });
});
