// One contract for both search engines (decisions 010, 100 and 165): the same pieces and
// the same queries give the same counts and the same results in the same order on SQLite
// (FTS5) and on PostgreSQL (tsvector), on every page, with filters and with «الأحدث». The
// corpus is the demo paper plus 240 pieces in the style of `seed --scale`, so that broad
// words match more pieces than the engine ranks (the title and phrase candidates then count).
// It needs a PostgreSQL server (lib/testing/postgres.ts: MIDAD_TEST_POSTGRES_URL, which
// .ci/run sets, or the local one); without one it is skipped, and its title says why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEADLINES, PARAGRAPHS, type SectionSlug } from "../../prisma/seed-data/demo-content";
import { testPostgresUrl } from "../testing/postgres";
import { createSearchFixture, demoPieces, FIXTURE_NOW, type FixturePiece, type SearchFixture } from "../testing/search-fixture";
import { CANDIDATES, runSearch, type SearchOptions } from "./engine";

const PG_URL = await testPostgresUrl();

const PLACES = ["بغداد", "البصرة", "الموصل", "أربيل", "النجف", "كربلاء", "الأنبار", "ديالى"];

function corpus(): FixturePiece[] {
  const out = demoPieces();
  const sections = Object.keys(HEADLINES) as SectionSlug[];
  for (let i = 0; i < 240; i++) {
    const section = sections[i % sections.length]!;
    const titles = HEADLINES[section];
    const paras = PARAGRAPHS[section];
    out.push({
      title: `${titles[(i * 7) % titles.length]} في ${PLACES[i % PLACES.length]} ${i + 1}`,
      section,
      paragraphs: [0, 1, 2, 3].map((k) => paras[(i + k * 2) % paras.length]!),
      // Every third piece shares its time with the next: ties must break the same way.
      publishedAt: new Date(FIXTURE_NOW.getTime() - Math.floor(i / 3) * 3 * 3_600_000 - 86_400_000),
      tags: [],
    });
  }
  return out;
}

const QUERIES = [
  "البرلمان", "الموازنة", "الإطار التنسيقي", "وزير المالية", "بغداد", "النفط", "الانتخابات", "مصدر سياسي", "الكهرباء",
  "المنتخب", "العراق", "الاجتماع", "الحكومة", "كرة القدم", "المحافظين الجدد", "اسعار الدولار", "بأسعار", "المدى", "في",
];

describe.skipIf(!PG_URL)("search contract: SQLite and PostgreSQL give the same results (needs a PostgreSQL server: MIDAD_TEST_POSTGRES_URL, or the local one)", () => {
  let lite: SearchFixture;
  let post: SearchFixture;
  beforeAll(async () => {
    const pieces = corpus();
    [lite, post] = await Promise.all([createSearchFixture("sqlite", pieces), createSearchFixture("postgres", pieces, PG_URL)]);
  }, 180_000);
  afterAll(async () => {
    await lite?.close();
    await post?.close();
  });

  async function both(q: string, o: SearchOptions = {}) {
    const [a, b] = await Promise.all([runSearch(lite.db, q, { ...o, dialect: "sqlite" }), runSearch(post.db, q, { ...o, dialect: "postgres" })]);
    const view = (r: typeof a) => r && { total: r.total, pages: r.pages, ids: r.items.map((c) => c.id), snippets: r.items.map((c) => c.snippet), suggestion: r.suggestion };
    return [view(a), view(b)] as const;
  }

  it.each(QUERIES)("«%s»: same count and same ranked results on the first three pages", async (q) => {
    for (const page of [1, 2, 3]) {
      const [a, b] = await both(q, { page });
      expect(b).toEqual(a);
    }
  });

  it("the same with a section, a date range and «الأحدث»", async () => {
    const politics = lite.sections.get("politics")!;
    expect(post.sections.get("politics")).toBe(politics);
    const from = new Date(FIXTURE_NOW.getTime() - 20 * 86_400_000);
    const to = new Date(FIXTURE_NOW.getTime() - 5 * 86_400_000);
    for (const q of ["العراق", "الحكومة", "بغداد"]) {
      for (const o of [{ sectionId: politics }, { from, to }, { sort: "newest" as const }, { sort: "newest" as const, page: 2, from }]) {
        const [a, b] = await both(q, o);
        expect(a!.total, `${q} ${JSON.stringify(o)}`).toBeGreaterThan(0);
        expect(b).toEqual(a);
      }
    }
  });

  it("the same «هل تقصد»", async () => {
    const [a, b] = await both("الموزانة");
    expect(a!.suggestion?.query).toBe("الموازنة");
    expect(b).toEqual(a);
  });

  it("the corpus exercises the contract: broad words match more pieces than are ranked; walking every page gives each match once", async () => {
    const [first] = await both("بغداد");
    expect(first!.total).toBeGreaterThan(CANDIDATES);
    const seen: number[] = [];
    for (let page = 1; page <= first!.pages; page++) {
      const [a, b] = await both("بغداد", { page });
      expect(b).toEqual(a);
      seen.push(...a!.ids);
    }
    expect(seen.length).toBe(first!.total);
    expect(new Set(seen).size).toBe(first!.total);
  });
});
