import { describe, expect, it } from "vitest";
import { buildMatch, MAX_QUERY_TOKENS, MAX_TOKEN_LENGTH, queryTerms, quoteFts } from "./query";
import { highlight } from "./highlight";
import { searchRow } from "./text";

describe("FTS5 query building", () => {
  it("normalises and stems each word, quotes it and joins with spaces (AND)", () => {
    expect(buildMatch("الإطار التنسيقي")).toBe('"اطار" "تنسيق"');
  });
  it("gives the same expression for the three spellings of the seed query", () => {
    const a = buildMatch("الإطار التنسيقي");
    expect(buildMatch("الاطار التنسيقى")).toBe(a);
    expect(buildMatch("الإطـار التَّنسيقي")).toBe(a);
  });
  it("doubles quotes inside a quoted term", () => {
    expect(quoteFts('a"b')).toBe('"a""b"');
  });
  it("drops quotes typed by readers, balanced or not", () => {
    expect(buildMatch('"العفو العام"')).toBe('"عفو" "عام"');
    expect(buildMatch('"العفو')).toBe('"عفو"');
    expect(buildMatch('العفو"')).toBe('"عفو"');
  });
  it("turns operators into plain quoted words", () => {
    expect(buildMatch("بغداد OR البصرة")).toBe('"بغداد" "or" "بصر"');
    expect(buildMatch("NOT بغداد")).toBe('"not" "بغداد"');
    expect(buildMatch("بغداد AND البصرة")).toBe('"بغداد" "and" "بصر"');
    expect(buildMatch("NEAR(بغداد البصرة, 3)")).toBe('"near" "بغداد" "بصر" "3"');
  });
  it("drops *, ^, :, +, - and parentheses", () => {
    expect(buildMatch("بغد*")).toBe('"بغد"');
    expect(buildMatch("^title:بغداد")).toBe('"title" "بغداد"');
    expect(buildMatch("(بغداد) +البصرة -الموصل")).toBe('"بغداد" "بصر" "موصل"');
    expect(buildMatch("((((")).toBeNull();
  });
  it("searches nothing for empty input or punctuation only", () => {
    expect(buildMatch("")).toBeNull();
    expect(buildMatch("   ")).toBeNull();
    expect(buildMatch(undefined)).toBeNull();
    expect(buildMatch('؟!… «» "" * () :')).toBeNull();
  });
  it("caps a 1,000-character query to a few short terms", () => {
    const long = Array.from({ length: 200 }, (_, i) => `كلمة${i}`).join(" ").slice(0, 1000);
    expect(long.length).toBe(1000);
    const t = queryTerms(long);
    expect(t.length).toBe(MAX_QUERY_TOKENS);
    const one = "ب".repeat(1000);
    expect(queryTerms(one)[0]!.length).toBe(MAX_TOKEN_LENGTH);
    expect(buildMatch(one)).toBe(`"${"ب".repeat(MAX_TOKEN_LENGTH)}"`);
  });
  it("ignores repeated words", () => {
    expect(buildMatch("بغداد بغداد ببغداد")).toBe('"بغداد" "ببغداد"');
  });
});

describe("search rows", () => {
  it("store normalised, stemmed text in every column", () => {
    const row = searchRow({
      title: "الإطـار التَّنسيقي يجتمع",
      kicker: null,
      excerpt: "«العفو العام»",
      bodyText: "في بغداد",
      tags: ["الإطار التنسيقي"],
      bylines: ["بغداد/ تميم الحسن"],
    });
    expect(row).toEqual({ title: "اطار تنسيق يجتمع", kicker: "", excerpt: "عفو عام", body: "في بغداد", tags: "اطار تنسيق", bylines: "بغداد تميم حسن" });
  });
});

describe("highlighting", () => {
  const q = queryTerms("الاطار التنسيقى");
  it("marks the words that match in any spelling and keeps the rest as is", () => {
    expect(highlight("رأى عضو الإطار التنسيقي، عمران", q)).toEqual([
      { text: "رأى عضو ", mark: false },
      { text: "الإطار", mark: true },
      { text: " ", mark: false },
      { text: "التنسيقي", mark: true },
      { text: "، عمران", mark: false },
    ]);
  });
  it("keeps vowel marks and tatweel inside the marked word", () => {
    expect(highlight("الإطـار", q)).toEqual([{ text: "الإطـار", mark: true }]);
  });
  it("returns the text untouched (no HTML) when nothing matches", () => {
    expect(highlight("<b>بغداد</b>", q)).toEqual([{ text: "<b>بغداد</b>", mark: false }]);
  });
});

describe("function words", () => {
  it("are dropped when the query has other words", () => {
    expect(buildMatch("الكهرباء في الصيف")).toBe('"كهرباء" "صيف"');
    expect(buildMatch("من بغداد إلى البصرة")).toBe('"بغداد" "بصر"');
  });
  it("are kept when the query has nothing else", () => {
    expect(buildMatch("في")).toBe('"في"');
  });
  it("never include the name علي", () => {
    expect(buildMatch("علي حسين")).toBe('"عل" "حس"');
  });
});
