import { describe, expect, it } from "vitest";
import { commentsClosed, effectivePolicy } from "./policy";
import { decodeCursor, encodeCursor } from "./cursor";

describe("comment policy", () => {
  it("per-piece override beats the site setting", () => {
    expect(effectivePolicy({ commentPolicy: null }, { commentPolicy: "pre" })).toBe("pre");
    expect(effectivePolicy({ commentPolicy: null }, { commentPolicy: "post" })).toBe("post");
    expect(effectivePolicy({ commentPolicy: "post" }, { commentPolicy: "pre" })).toBe("post");
    expect(effectivePolicy({ commentPolicy: "pre" }, { commentPolicy: "post" })).toBe("pre");
  });

  it("closes by flag or by age when an auto-close age is set", () => {
    const now = new Date("2026-01-10T00:00:00Z");
    const old = new Date("2026-01-01T00:00:00Z");
    expect(commentsClosed({ commentsOpen: false, publishedAt: now }, { commentAutoCloseDays: null }, now)).toBe(true);
    expect(commentsClosed({ commentsOpen: true, publishedAt: old }, { commentAutoCloseDays: null }, now)).toBe(false);
    expect(commentsClosed({ commentsOpen: true, publishedAt: old }, { commentAutoCloseDays: 7 }, now)).toBe(true);
    expect(commentsClosed({ commentsOpen: true, publishedAt: old }, { commentAutoCloseDays: 30 }, now)).toBe(false);
  });

  it("cursors round-trip and refuse junk", () => {
    const c = encodeCursor({ createdAt: new Date(1700000000000), id: 42 });
    expect(decodeCursor(c)).toEqual({ at: new Date(1700000000000), id: 42 });
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor("abc")).toBe("invalid");
    expect(decodeCursor("1-99999999999")).toBe("invalid");
  });
});
