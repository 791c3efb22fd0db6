import { describe, expect, it } from "vitest";
import { buildMatch, MAX_QUERY_TOKENS, MAX_TOKEN_LENGTH, queryGroups, queryTerms, quoteFts } from "./query";
import { highlight } from "./highlight";
import { searchRow } from "./text";

const stems = (q: string) => queryTerms(q).join(" ");

describe("query words", () => {
  it("normalises and stems each word", () => {
    expect(stems("الإطار التنسيقي")).toBe("اطار تنسيق");
  });
  it("gives the same words for the three spellings of the seed query", () => {
    const a = buildMatch("الإطار التنسيقي");
    expect(buildMatch("الاطار التنسيقى")).toBe(a);
    expect(buildMatch("الإطـار التَّنسيقي")).toBe(a);
  });
  it("quotes every form as an FTS5 string, any form of each word, every word required", () => {
    expect(buildMatch("بغداد")).toMatch(/^\("بغداد" OR "ببغداد" OR "لبغداد" OR "كبغداد" OR "فبغداد" OR "غداد"/);
    expect(buildMatch("العفو العام")).toBe('"عفو" AND "عام"');
    expect(buildMatch("اسعار الدولار")).toBe('("اسعار" OR "باسعار" OR "لاسعار" OR "كاسعار" OR "فاسعار") AND ("دولار" OR "بدولار" OR "لدولار" OR "كدولار" OR "فدولار")');
  });
  it("doubles quotes inside a quoted term", () => {
    expect(quoteFts('a"b')).toBe('"a""b"');
  });
  it("drops quotes typed by readers, balanced or not", () => {
    expect(stems('"العفو العام"')).toBe("عفو عام");
    expect(stems('"العفو')).toBe("عفو");
    expect(stems('العفو"')).toBe("عفو");
  });
  it("turns operators into plain words", () => {
    expect(stems("بغداد OR البصرة")).toBe("بغداد or بصر");
    expect(stems("NOT بغداد")).toBe("not بغداد");
    expect(stems("NEAR(بغداد البصرة, 3)")).toBe("near بغداد بصر 3");
    expect(buildMatch("NOT بغداد")).toMatch(/^"not" AND \(/);
  });
  it("drops *, ^, :, +, - and parentheses", () => {
    expect(stems("بغد*")).toBe("بغد");
    expect(stems("^title:بغداد")).toBe("title بغداد");
    expect(stems("(بغداد) +البصرة -الموصل")).toBe("بغداد بصر موصل");
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
    expect(queryTerms(long).length).toBe(MAX_QUERY_TOKENS);
    const one = "ب".repeat(1000);
    expect(queryTerms(one)[0]!.length).toBe(MAX_TOKEN_LENGTH);
    for (const t of queryGroups(one)[0]!.terms) expect(t.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
  });
  it("ignores repeated words", () => {
    expect(stems("بغداد بغداد ببغداد")).toBe("بغداد ببغداد");
  });
});

describe("one-letter prepositions and conjunctions (ب، ل، ك، ف) joined to a word", () => {
  const forms = (q: string) => queryGroups(q).map((g) => g.terms);
  it("a query word also finds its forms with them, as the index stores those", () => {
    expect(forms("اسعار")).toEqual([["اسعار", "باسعار", "لاسعار", "كاسعار", "فاسعار"]]);
    expect(forms("الأسعار")).toEqual(forms("اسعار"));
    // suffixes are stripped the same way in both: "بأسعارها" is stored as "باسعار"
    expect(searchRow({ title: "بأسعارها", kicker: null, excerpt: null, bodyText: "", tags: [], bylines: [] }).title).toBe("باسعار");
    // ل before the article is written لل: the stemmer peels it
    expect(searchRow({ title: "للمشاريع وبالأسعار فللمواطنين", kicker: null, excerpt: null, bodyText: "", tags: [], bylines: [] }).title).toBe("مشاريع اسعار مواطن");
  });
  it("a query word written with one finds the bare word too", () => {
    expect(forms("بأسعار")[0]).toEqual(expect.arrayContaining(["باسعار", "اسعار", "لاسعار"]));
  });
  it("short words get no such forms: «الطاقة» does not find «البطاقة», «الجنة» not «لجنة», «ساد» not «فساد»", () => {
    expect(forms("الطاقة")).toEqual([["طاق"]]);
    expect(forms("بطاقة")[0]).not.toContain("طاق");
    expect(forms("الجنة")).toEqual([["جن"]]);
    expect(forms("ساد")).toEqual([["ساد"]]);
  });
  it("a longer word whose stem is short still gets them («ركلات» finds «بركلات»)", () => {
    expect(forms("ركلات")[0]).toContain("بركل");
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
  const q = queryGroups("الاطار التنسيقى");
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
  it("marks «بأسعار» for «اسعار», as the search finds it", () => {
    expect(highlight("قائمة مسائية بأسعار الدولار", queryGroups("اسعار الدولار")).filter((s) => s.mark).map((s) => s.text)).toEqual(["بأسعار", "الدولار"]);
  });
});

describe("function words", () => {
  it("are dropped when the query has other words", () => {
    expect(stems("الكهرباء في الصيف")).toBe("كهرباء صيف");
    expect(stems("من بغداد إلى البصرة")).toBe("بغداد بصر");
  });
  it("are kept when the query has nothing else", () => {
    expect(buildMatch("في")).toBe('"في"');
  });
  it("never include the name علي", () => {
    expect(stems("علي حسين")).toBe("عل حس");
  });
});
