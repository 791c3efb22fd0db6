import { describe, expect, it } from "vitest";
import { isPublic, meaningfulUpdate } from "./visibility";

const now = new Date("2026-11-29T10:00:00Z");
const past = new Date("2026-11-29T09:00:00Z");
const future = new Date("2026-11-29T11:00:00Z");

describe("what readers may see", () => {
  it("shows published pieces whose time has come", () => {
    expect(isPublic({ status: "published", publishedAt: past }, now)).toBe(true);
  });
  it.each(["draft", "in_review", "scheduled", "archived"])("hides %s pieces", (status) => {
    expect(isPublic({ status, publishedAt: past }, now)).toBe(false);
  });
  it("hides a published piece dated in the future and one without a date", () => {
    expect(isPublic({ status: "published", publishedAt: future }, now)).toBe(false);
    expect(isPublic({ status: "published", publishedAt: null }, now)).toBe(false);
  });
  it("mentions an update only after a meaningful delay", () => {
    expect(meaningfulUpdate(past, new Date(past.getTime() + 60_000))).toBe(false);
    expect(meaningfulUpdate(past, new Date(past.getTime() + 3600_000))).toBe(true);
    expect(meaningfulUpdate(past, null)).toBe(false);
  });
});
