import { describe, expect, it } from "vitest";
import { queryGroups } from "./query";
import { POINTS, rankCandidates, scoreCandidate, type Candidate } from "./rank";
import { searchRow, type SearchSource } from "./text";

let nextId = 1;
/** A candidate as the index stores it, from readable text. */
function piece(src: Partial<SearchSource>, publishedAt = "2026-01-01T00:00:00Z", id = nextId++): Candidate {
  const row = searchRow({ title: "", kicker: null, excerpt: null, bodyText: "", tags: [], bylines: [], ...src });
  return { id, publishedAt: new Date(publishedAt), ...row };
}
const order = (q: string, cs: Candidate[]) => rankCandidates(cs, queryGroups(q)).map((r) => r.id);
const score = (q: string, c: Candidate) => scoreCandidate(c, queryGroups(q));

describe("search ranking (decision 165)", () => {
  it("a title holding every query word beats any piece that only mentions them elsewhere", () => {
    const title = piece({ title: "البرلمان يستضيف وزير المالية لمناقشة جداول الموازنة" }, "2024-01-01T00:00:00Z");
    const body = piece(
      {
        title: "الحكومة تدرس تسهيلات ضريبية",
        excerpt: "الموازنة رهينة الأسواق",
        bodyText: "الموازنة الموازنة الموازنة رهينة الأسواق. الموازنة المؤجلة والموازنة الجديدة",
        tags: ["الموازنة"],
        bylines: ["الموازنة"],
      },
      "2026-06-01T00:00:00Z",
    );
    expect(order("الموازنة", [body, title])).toEqual([title.id, body.id]);
    // Whatever else a piece has, without every word in its title it stays below.
    const everything = piece({
      title: "وزير الداخلية",
      kicker: "المالية",
      tags: ["وزير المالية"],
      bylines: ["وزير المالية"],
      bodyText: "قال وزير المالية إن وزير المالية ووزير المالية",
    });
    expect(score("وزير المالية", everything)).toBeLessThan(POINTS.titleAll);
    expect(score("وزير المالية", piece({ title: "المالية: الوزير يرد" }))).toBeLessThan(score("وزير المالية", piece({ title: "وزير ينتقد المالية" })));
  });

  it("the issue's example: the exact title with «بأسعار» comes before bodies that mention the words", () => {
    const exact = piece({ title: "قائمة مسائية بأسعار الدولار في العراق", bodyText: "نص" }, "2024-08-01T00:00:00Z");
    const bodies = [0, 1, 2].map((i) =>
      piece({ title: `خبر اقتصادي ${i}`, bodyText: "وسجلت أسعار صرف الدولار في البورصة الرئيسة ببغداد استقراراً. أسعار الدولار" }, `2026-11-1${i}T00:00:00Z`),
    );
    expect(order("اسعار الدولار", [...bodies, exact])[0]).toBe(exact.id);
  });

  it("the words as a phrase beat the same words scattered, in the title and in the body", () => {
    const phrase = piece({ title: "وزير المالية يزور البصرة" });
    const near = piece({ title: "وزير يزور المالية" });
    const far = piece({ title: "المالية تعلن أن الوزير يزور" });
    expect(order("وزير المالية", [far, near, phrase])).toEqual([phrase.id, near.id, far.id]);

    const bodyPhrase = piece({ title: "خبر", bodyText: "قال وزير المالية اليوم" });
    const bodyNear = piece({ title: "خبر", bodyText: "قال وزير إن المالية اليوم" });
    const bodyFar = piece({ title: "خبر", bodyText: `قال وزير ${"كلام ".repeat(20)} المالية` });
    expect(order("وزير المالية", [bodyFar, bodyNear, bodyPhrase])).toEqual([bodyPhrase.id, bodyNear.id, bodyFar.id]);
  });

  it("counts each word at most 3 times: a long piece cannot win by length", () => {
    const three = piece({ title: "خبر", bodyText: "النفط والنفط ثم النفط" }, "2026-01-02T00:00:00Z");
    const thirty = piece({ title: "خبر", bodyText: "النفط ".repeat(30) }, "2026-01-01T00:00:00Z");
    expect(score("النفط", thirty)).toBe(score("النفط", three));
    expect(order("النفط", [thirty, three])).toEqual([three.id, thirty.id]);
  });

  it("breaks ties by publication time (newest first), then by id", () => {
    const a = piece({ title: "بغداد" }, "2026-01-01T00:00:00Z", 10);
    const b = piece({ title: "بغداد" }, "2026-02-01T00:00:00Z", 5);
    const c = piece({ title: "بغداد" }, "2026-02-01T00:00:00Z", 7);
    expect(order("بغداد", [a, b, c])).toEqual([7, 5, 10]);
  });

  it("a one-letter preposition joined to a word counts as the word («بأسعار» for «اسعار»), but «بطاقة» is not «طاقة»", () => {
    expect(score("اسعار", piece({ title: "قائمة بأسعار الذهب" }))).toBeGreaterThanOrEqual(POINTS.titleAll);
    expect(score("الطاقة", piece({ title: "البطاقة التموينية" }))).toBe(0);
  });
});
