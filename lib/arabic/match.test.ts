import { describe, expect, it } from "vitest";
import { findListedWord, textKey } from "./match";
import { normalizeArabic } from "./normalize";
import { checkText } from "@/lib/comments/filters";

describe("normaliser", () => {
  it("drops marks, tatweel and zero-width characters; folds letters and digits", () => {
    expect(normalizeArabic("كَلـــب")).toBe("كلب");
    expect(normalizeArabic("ك\u200Dل\u200Cب\u200B")).toBe("كلب");
    expect(normalizeArabic("أإآٱا")).toBe("ااااا");
    expect(normalizeArabic("مستشفى")).toBe("مستشفي");
    expect(normalizeArabic("مدرسة")).toBe("مدرسه");
    expect(normalizeArabic("٢٠٢٤ ۱۲")).toBe("2024 12");
    expect(normalizeArabic("قُرْآنٌ")).toBe("قران");
    expect(normalizeArabic("\u0670")).toBe("");
  });
});

describe("word lists match whole normalised words", () => {
  const list = ["كلب", "حمار", "ربح سريع"];
  it.each([
    ["vowel marks", "يا كَلْب"],
    ["tatweel", "يا كلـــــب"],
    ["zero-width joiners", "يا ك\u200Dل\u200Bب"],
    ["shadda and tanween", "كلبٌّ"],
    ["definite article", "الكلب نبح"],
    ["proclitic + article", "وبالكلب"],
    ["alef variants", "يا حِمار"],
    ["two-word phrase with marks", "رِبْح سَريع الآن"],
  ])("%s", (_label, text) => {
    expect(findListedWord(text, list)).not.toBeNull();
  });

  it("alef and ya variants in the list and the text", () => {
    expect(findListedWord("إعلان مجاني", ["اعلان"])).toBe("اعلان");
    expect(findListedWord("اعلان", ["إعلان"])).toBe("اعلان");
    expect(findListedWord("مستشفي", ["مستشفى"])).toBe("مستشفي");
    expect(findListedWord("اتصل ٠٧٧٠", ["0770"])).toBe("0770");
  });

  it("a longer innocent word containing a listed one does not match", () => {
    expect(findListedWord("كلبية", list)).toBeNull();
    expect(findListedWord("الحمارنة عائلة", list)).toBeNull();
    expect(findListedWord("ربح", list)).toBeNull();
    expect(findListedWord("نص بريء", [])).toBeNull();
  });

  it("textKey makes identical-reading texts equal", () => {
    expect(textKey("شكراً  للمدى!")).toBe(textKey("شكرا للمدى"));
  });
});

describe("filters", () => {
  const lists = { bannedWords: ["كلب"], suspectWords: ["ربح"] };
  it("refuses banned, holds suspect words and links, passes the rest", () => {
    expect(checkText("يا كَلـب", lists).verdict).toBe("refuse");
    expect(checkText("ربح مضمون", lists)).toMatchObject({ verdict: "hold", reason: "كلمة مشبوهة: «ربح»" });
    expect(checkText("ر ب ح مضمون", lists)).toMatchObject({ verdict: "hold", reason: "كلمة مشبوهة: «ربح» ← «ر ب ح»" });
    expect(checkText("ر\u200Dبح", lists)).toMatchObject({ verdict: "hold", reason: "كلمة مشبوهة: «ربح» ← «ر⟨U+200D⟩بح»" });
    expect(checkText("زوروا https://spam.example", lists).verdict).toBe("hold");
    expect(checkText("زوروا www.spam.net", lists).verdict).toBe("hold");
    expect(checkText("زوروا spam.com الآن", lists).verdict).toBe("hold");
    expect(checkText("تحليل جيد. شكراً", lists).verdict).toBe("pass");
  });
});
