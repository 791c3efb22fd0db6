import { describe, expect, it } from "vitest";
import { rerank, termHits } from "./rank";
import { queryTerms } from "./query";
import { searchRow } from "./text";

const row = (fields: Partial<Parameters<typeof searchRow>[0]>) =>
  searchRow({ title: "", kicker: null, excerpt: null, bodyText: "", tags: [], bylines: [], ...fields });
const terms = queryTerms("الإطار التنسيقي");

describe("second-stage ranking", () => {
  it("counts weighted occurrences, capped per term and column", () => {
    expect(termHits(row({ title: "الإطار التنسيقي" }), terms)).toBe(4);
    expect(termHits(row({ bodyText: "الإطار ".repeat(10) }), terms)).toBe(3);
  });
  it("puts an in-depth piece before a brief that mentions the subject once, then newest first", () => {
    const ids = rerank(
      [
        { id: 1, bm25: -9, publishedAt: 3, row: row({ title: "الإطار التنسيقي يجتمع" }) },
        { id: 2, bm25: -5, publishedAt: 1, row: row({ title: "انسحاب القوات", excerpt: "الإطار التنسيقي", bodyText: "الإطار التنسيقي والإطار التنسيقي", tags: ["الإطار التنسيقي"] }) },
        { id: 3, bm25: -9, publishedAt: 5, row: row({ title: "الإطار التنسيقي يجتمع" }) },
      ],
      terms,
    );
    expect(ids).toEqual([2, 3, 1]);
  });
});
