import { describe, expect, it } from "vitest";
import { encodeCursor } from "./cursor";
import { articleListQuery, articleQuery, MAX_LIMIT } from "./params";

// The content API's parameters as a client sends them (strings), and what they become.
describe("article list parameters", () => {
  it("take a limit from 1 to the maximum, nothing else", () => {
    expect(articleListQuery.parse({ limit: "1" }).limit).toBe(1);
    expect(articleListQuery.parse({ limit: String(MAX_LIMIT) }).limit).toBe(MAX_LIMIT);
    for (const bad of ["0", String(MAX_LIMIT + 1), "-1", "1.5", "", "٣", "1e1"]) expect(articleListQuery.safeParse({ limit: bad }).success, bad).toBe(false);
  });
  it("read updated_since only with an offset, as the instant it names", () => {
    expect(articleListQuery.parse({ updated_since: "2026-12-01T09:00:00+03:00" }).updated_since?.toISOString()).toBe("2026-12-01T06:00:00.000Z");
    expect(articleListQuery.parse({ updated_since: "2026-12-01T06:00Z" }).updated_since?.toISOString()).toBe("2026-12-01T06:00:00.000Z");
    for (const bad of ["2026-12-01", "2026-12-01T09:00:00", "2026-02-31T00:00:00Z", "yesterday", "1800-01-01T00:00:00Z"]) {
      expect(articleListQuery.safeParse({ updated_since: bad }).success, bad).toBe(false);
    }
  });
  it("accept only cursors the API wrote", () => {
    expect(articleListQuery.safeParse({ cursor: encodeCursor({ t: "2026-12-01T06:00:00.000Z", id: 5 }) }).success).toBe(true);
    expect(articleListQuery.safeParse({ cursor: "abc" }).success).toBe(false);
  });
  it("read fields= as a list of known names, once each", () => {
    expect(articleListQuery.parse({ fields: "title, url,title" }).fields).toEqual(["title", "url"]);
    expect(articleListQuery.safeParse({ fields: "body_html" }).success).toBe(false); // bodies come with one article only
    expect(articleQuery.parse({ fields: "body_html,blocks" }).fields).toEqual(["body_html", "blocks"]);
    expect(articleQuery.safeParse({ fields: "," }).success).toBe(false);
  });
  it("name the field and speak Arabic, then English", () => {
    const r = articleListQuery.safeParse({ limit: "x" });
    expect(r.error?.issues[0]?.path).toEqual(["limit"]);
    expect(r.error?.issues[0]?.message).toMatch(/^«limit» .* — limit must/);
  });
});
