import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ARTICLE } from "../../prisma/seed-data/seed-article";
import { createSearchFixture, FIXTURE_NOW, type SearchFixture } from "../testing/search-fixture";
import { runSearch, type SearchOptions } from "./engine";

// The engine on the demo paper (SQLite; contract.test.ts holds PostgreSQL to the same results).
describe("runSearch: filters, order, snippets", () => {
  let fx: SearchFixture;
  beforeAll(async () => {
    fx = await createSearchFixture("sqlite");
  }, 120_000);
  afterAll(async () => fx?.close());
  const search = (q: string, o: SearchOptions = {}) => runSearch(fx.db, q, { dialect: "sqlite", ...o }).then((r) => r!);

  it("a section keeps only that section's pieces", async () => {
    const all = await search("العراق");
    const sports = await search("العراق", { sectionId: fx.sections.get("sports")! });
    expect(sports.total).toBeGreaterThan(0);
    expect(sports.total).toBeLessThan(all.total);
    expect(new Set(sports.items.map((c) => c.section.slug))).toEqual(new Set(["sports"]));
  });

  it("a date range keeps only what was published within it", async () => {
    const from = new Date(FIXTURE_NOW.getTime() - 10 * 86_400_000);
    const to = new Date(FIXTURE_NOW.getTime() - 3 * 86_400_000);
    const r = await search("المدى", { from, to });
    expect(r.total).toBeGreaterThan(0);
    for (const c of r.items) {
      expect(Date.parse(c.publishedAt)).toBeGreaterThanOrEqual(from.getTime());
      expect(Date.parse(c.publishedAt)).toBeLessThan(to.getTime());
    }
    expect((await search("المدى", { from: new Date("2030-01-01T00:00:00Z") })).total).toBe(0);
  });

  it("«الأحدث» orders every match by publication time, across pages", async () => {
    const p1 = await search("المدى", { sort: "newest" });
    const p2 = await search("المدى", { sort: "newest", page: 2 });
    const times = [...p1.items, ...p2.items].map((c) => Date.parse(c.publishedAt));
    expect(times.length).toBeGreaterThan(20);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("a hit found by its body carries the marked passage; one found by a tag names the tag", async () => {
    const r = await search("كركوكش");
    expect(r.items[0]!.id).toBe(SEED_ARTICLE.id);
    expect(r.items[0]!.snippet!.filter((s) => s.mark).map((s) => s.text)).toContain("كركوكش");
    const budget = await search("الموازنة");
    const byTag = budget.items.filter((c) => !c.title.includes("الموازنة") && !c.snippet);
    expect(byTag.length).toBeGreaterThan(0);
    for (const c of byTag) expect(c.matchedTags).toEqual(["الموازنة"]);
  });

  it("nothing to search in punctuation; a page past the end is empty", async () => {
    expect(await runSearch(fx.db, "؟!…", { dialect: "sqlite" })).toBeNull();
    const far = await search("الموازنة", { page: 99 });
    expect(far.items).toEqual([]);
    expect(far.total).toBeGreaterThan(0);
  });
});
