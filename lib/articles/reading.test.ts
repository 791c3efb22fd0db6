import { describe, expect, it } from "vitest";
import { htmlToPlain, readingMinutes, readingSummary, wordCount } from "./reading";

describe("word count and reading time", () => {
  it("counts Arabic words, not punctuation or spaces", () => {
    expect(wordCount("قال الوزير، إن الموازنة جاهزة — للعام 2027.")).toBe(7);
    expect(wordCount("  ")).toBe(0);
  });
  it("keeps the words of separate paragraphs apart", () => {
    expect(htmlToPlain("<p>الأولى</p><p>الثانية&nbsp;والثالثة</p>")).toBe("الأولى الثانية والثالثة");
    expect(wordCount(htmlToPlain("<h2>عنوان</h2><ul><li>بند</li><li>آخر</li></ul>"))).toBe(3);
  });
  it("reads in whole minutes, in Arabic counting forms", () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(20)).toBe(1);
    expect(readingMinutes(400)).toBe(2);
    expect(readingSummary("كلمة")).toBe("كلمة واحدة · قراءة في دقيقة واحدة");
    expect(readingSummary(Array(360).fill("خبر").join(" "))).toBe("360 كلمة · قراءة في دقيقتين");
    expect(readingSummary("")).toBe("لا كلمات");
  });
});
