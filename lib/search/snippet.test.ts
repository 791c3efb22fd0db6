import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { PARAGRAPHS, SEED_RELATED } from "../../prisma/seed-data/demo-content";
import { SEED_ARTICLE } from "../../prisma/seed-data/seed-article";
import { highlight, WORD } from "./highlight";
import { ftsMatch, queryGroups } from "./query";
import { snippet, SNIPPET_WORDS } from "./snippet";
import { searchRow } from "./text";

const marked = (segs: { text: string; mark: boolean }[] | null) => (segs ?? []).filter((s) => s.mark).map((s) => s.text);
const plain = (segs: { text: string; mark: boolean }[] | null) => (segs ?? []).map((s) => s.text).join("");
const body = SEED_ARTICLE.paragraphs.join("\n\n");

describe("snippets: the passage of the body where the words matched", () => {
  it("is cut around the matches, about 30 words, with the matched words marked", () => {
    const s = snippet(body, queryGroups("كركوكش"));
    expect(marked(s).length).toBeGreaterThan(0);
    for (const m of marked(s)) expect(m).toMatch(/كركوكش/);
    const words = plain(s).match(WORD)!.length;
    expect(words).toBeGreaterThanOrEqual(SNIPPET_WORDS - 2);
    expect(words).toBeLessThanOrEqual(SNIPPET_WORDS + 2);
  });

  it("takes the densest place: where most query words stand together", () => {
    const filler = "كلام عام عن الوضع ".repeat(30);
    const text = `${filler} الموازنة وحدها هنا. ${filler} وقال وزير المالية إن الموازنة ستقدم قريباً. ${filler}`;
    const s = snippet(text, queryGroups("وزير المالية الموازنة"));
    expect(marked(s)).toEqual(["وزير", "المالية", "الموازنة"]);
    expect(plain(s).startsWith("… ")).toBe(true);
    expect(plain(s).endsWith(" …")).toBe(true);
  });

  it("has no ellipsis at an edge of the body it reaches, and keeps the punctuation around its edge words", () => {
    const s = snippet("«الموازنة» تصل إلى البرلمان.", queryGroups("الموازنة"));
    expect(plain(s)).toBe("«الموازنة» تصل إلى البرلمان.");
  });

  it("is null when the body does not match (the card then shows its excerpt)", () => {
    expect(snippet(body, queryGroups("الدولار"))).toBeNull();
    expect(snippet("", queryGroups("الدولار"))).toBeNull();
  });

  it("never turns body text into markup: angle brackets come back as text", () => {
    const s = snippet("<script>alert(1)</script> الموازنة <b>نص</b>", queryGroups("الموازنة"));
    expect(plain(s)).toContain("<script>alert(1)</script>");
    expect(marked(s)).toEqual(["الموازنة"]);
  });

  it("marks «بأسعار» for «اسعار» (the issue's example)", () => {
    expect(marked(snippet(PARAGRAPHS.economy[0]!, queryGroups("اسعار")))).toEqual(["أسعار"]);
    expect(marked(snippet("قائمة مسائية بأسعار الدولار", queryGroups("اسعار")))).toEqual(["بأسعار"]);
  });
});

// The highlighter and the index must agree word by word: a written word is marked exactly
// when a piece holding only that word would be found by the query.
describe("highlight and match agree", () => {
  const db = new Database(":memory:");
  db.exec(fs.readFileSync(path.resolve("prisma/migrations/20261129010000_search_index/migration.sql"), "utf8"));
  const found = (word: string, q: string) => {
    db.exec("DELETE FROM ArticleSearch");
    db.prepare("INSERT INTO ArticleSearch (rowid, title) VALUES (1, ?)").run(searchRow({ title: word, kicker: null, excerpt: null, bodyText: "", tags: [], bylines: [] }).title);
    const groups = queryGroups(q);
    return (db.prepare("SELECT COUNT(*) AS n FROM ArticleSearch WHERE ArticleSearch MATCH ?").get(ftsMatch(groups)) as { n: number }).n > 0;
  };
  const text = [...SEED_ARTICLE.paragraphs, ...SEED_RELATED.paragraphs, ...Object.values(PARAGRAPHS).flat()].join(" ");
  const written = [...new Set(text.match(WORD))].slice(0, 400);
  const queries = ["العام", "اسعار", "الإطار", "الأجنبية", "المدى", "بغداد", "الحكومة", "البرلمان", "الموعد", "القوات", "المالية", "السياسي"];

  it.each(queries)("«%s»: every word of the demo text is marked if and only if the index finds it", (q) => {
    const mismatches = written.filter((w) => highlight(w, queryGroups(q)).some((s) => s.mark) !== found(w, q));
    expect(mismatches).toEqual([]);
  });

  it("«عامين» is marked for «العام» because the index matches it too (the stemmer takes the dual ending)", () => {
    expect(found("عامين", "العام")).toBe(true);
    expect(marked(highlight("منذ أكثر من عامين", queryGroups("العام")))).toEqual(["عامين"]);
  });
});
