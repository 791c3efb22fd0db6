import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSearchFixture, type SearchFixture } from "../testing/search-fixture";
import { runSearch } from "./engine";
import { editDistance } from "./suggest";

const d = (a: string, b: string, max = 2) => editDistance([...a], [...b], max);

describe("edit distance", () => {
  it("counts insertions, deletions, substitutions and swapped neighbours as one each", () => {
    expect(d("كركوك", "كركوك")).toBe(0);
    expect(d("كركوكش", "كركوك")).toBe(1);
    expect(d("الموزانه", "الموازنه")).toBe(1);
    expect(d("البرلمن", "البرلمان")).toBe(1);
    expect(d("البرلمان", "البرمان")).toBe(1);
    expect(d("بغداد", "بقداد")).toBe(1);
    expect(d("abcd", "xyzw")).toBe(3);
  });
});

describe("«هل تقصد» on the demo paper (SQLite)", () => {
  let fx: SearchFixture;
  beforeAll(async () => {
    fx = await createSearchFixture("sqlite");
  }, 120_000);
  afterAll(async () => fx?.close());
  const suggestion = async (q: string, o = {}) => (await runSearch(fx.db, q, { dialect: "sqlite", ...o }))?.suggestion ?? null;

  it("corrects a misspelt word to the nearest word of the titles, keeping the others", async () => {
    expect((await suggestion("الموزانة"))?.query).toBe("الموازنة");
    expect((await suggestion("البرلمن"))?.query).toBe("البرلمان");
    const s = await suggestion("مجلس النوواب");
    expect(s?.query).toBe("مجلس النواب");
    expect(s?.parts).toEqual([
      { text: "مجلس", corrected: false },
      { text: "النواب", corrected: true },
    ]);
  });

  it("only offers a correction that finds something", async () => {
    const s = await suggestion("الموزانة");
    expect((await runSearch(fx.db, s!.query, { dialect: "sqlite" }))!.total).toBeGreaterThan(0);
  });

  it("says nothing when the words are known but do not meet, or nothing is close", async () => {
    expect(await suggestion("الجواهري الزوراء")).toBeNull();
    expect(await suggestion("كلمةلاوجودلهاأبدا")).toBeNull();
    expect((await runSearch(fx.db, "الموازنة", { dialect: "sqlite" }))!.suggestion).toBeNull();
  });

  it("keeps the reader's filters when the correction finds something with them, drops them otherwise", async () => {
    const politics = fx.sections.get("politics")!;
    const sports = fx.sections.get("sports")!;
    expect((await suggestion("الموزانة", { sectionId: politics }))?.filtered).toBe(true);
    expect((await suggestion("الموزانة", { sectionId: sports }))?.filtered).toBe(false);
  });
});
