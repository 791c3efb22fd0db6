import { describe, expect, it } from "vitest";
import { FORM_PREFIXES, FORM_SUFFIXES, NOT_PEELED, STEMMER_AFFIXES } from "./forms";
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

describe("word forms share the search stemmer's affixes", () => {
  it("every stemmer prefix and suffix is peeled by the filter, except the nisba endings", () => {
    const prefixes = FORM_PREFIXES.map((p) => p.text);
    const suffixes = FORM_SUFFIXES.map((s) => s.text);
    for (const p of STEMMER_AFFIXES.prefixes) expect(prefixes).toContain(p);
    for (const s of STEMMER_AFFIXES.suffixes) if (!NOT_PEELED.includes(s)) expect(suffixes).toContain(s);
  });

  it.each([
    ["كلبي", "كلب"],
    ["وكلبهم", "كلب"],
    ["للكلبة", "كلب"],
    ["كلبتكم", "كلب"],
    ["حقيرات", "حقيره"],
  ])("%s is a form of %s", (token, listed) => {
    expect(findListedWord(`نص ${token} نص`, [listed])).not.toBeNull();
  });

  it.each([
    ["الكلبي", "كلب"], // the article never takes a pronoun: Ibn al-Kalbi
    ["كلبنان", "كلب"],
    ["الكلبشات", "كلب"],
    ["ورد", "رد"], // a single-letter clitic leaves at least 3 letters
    ["زبالين", "زبالة"],
  ])("%s is not a form of %s", (token, listed) => {
    expect(findListedWord(`نص ${token} نص`, [listed])).toBeNull();
  });

  it("an exact-only entry ignores forms but not disguises", () => {
    const list = [{ word: "نصاب", exact: true }];
    expect(findListedWord("النصاب مكتمل", list)).toBeNull();
    expect(findListedWord("هذا ن ص ا ب", list)).toBe("نصاب");
    expect(findListedWord("هذا نَصّاب", list)).toBe("نصاب");
  });
});

describe("Arabizi and Latin spellings", () => {
  it.each(["7mar", "himar", "el7mar", "7مار", "حmar"])("%s reads حمار", (t) => {
    expect(findListedWord(`يا ${t}`, ["حمار"])).toBe("حمار");
  });
  it.each(["homer", "humor", "hammer", "hmm", "7"])("%s does not", (t) => {
    expect(findListedWord(`the ${t} here`, ["حمار"])).toBeNull();
  });
  it("a phrase written as one word or across Latin and Arabic", () => {
    expect(findListedWord("ربحسريع", ["ربح سريع"])).toBe("ربح سريع");
    expect(findListedWord("rib7 سريع", ["ربح سريع"])).toBe("ربح سريع");
  });
});

describe("broken words stay cheap", () => {
  it("a dodge after many lone letters is still found", () => {
    const padding = "ا ب ت ث ج ح خ د ".repeat(12);
    expect(findListedWord(`${padding} ك ل ب`, ["كلب"])).toBe("كلب");
  });
  it("collapsed repeats across lone letters", () => {
    expect(findListedWord("ك ك ك ك ك ك ك ك ل ب", ["كلب"])).toBe("كلب");
  });
});
