import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

const shown = (parts: ReturnType<typeof wordDiff>) =>
  parts.map((p) => (p.added ? `[+${p.value}]` : p.removed ? `[-${p.value}]` : p.value)).join("");

describe("wordDiff", () => {
  it("changes whole Arabic words, never letters inside them", () => {
    const parts = wordDiff("الوزارة تعلن انتهاء المرحلة الأولى للعام الدراسي", "الوزارة تعلن انتهاء مراحل الدراسة المنتهية");
    expect(shown(parts)).toBe("الوزارة تعلن انتهاء [-المرحلة الأولى للعام الدراسي][+مراحل الدراسة المنتهية]");
    for (const p of parts.filter((x) => x.added || x.removed)) {
      // every changed run starts and ends on a word boundary of its own text
      expect(p.value.trim().split(/\s+/).every((w) => w.length > 1)).toBe(true);
    }
  });

  it("keeps vowel marks with their word and words with clitics whole", () => {
    expect(shown(wordDiff("قالَ الوزيرُ وبالموازنة", "قالَ المديرُ وبالموازنة"))).toBe("قالَ [-الوزيرُ][+المديرُ] وبالموازنة");
  });

  it("shows a single changed word and unchanged text as is", () => {
    expect(shown(wordDiff("قال الوزير إن الموازنة جاهزة", "قال الوزير إن الموازنة تأخرت"))).toBe("قال الوزير إن الموازنة [-جاهزة][+تأخرت]");
    expect(wordDiff("نص واحد", "نص واحد")).toEqual([{ value: "نص واحد" }]);
  });

  it("handles additions, deletions and mixed Latin and digits", () => {
    expect(shown(wordDiff("سعر الدولار 1500 دينار", "سعر الدولار الرسمي 1310 دينار (CBI)"))).toBe("سعر الدولار [-1500 ][+الرسمي 1310 ]دينار[+ (CBI)]");
    expect(shown(wordDiff("", "خبر"))).toBe("[+خبر]");
  });
});
