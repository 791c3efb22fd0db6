import { describe, expect, it } from "vitest";
import { normalizeArabic, words } from "./normalize";

// [input, expected] — one case per mapping, then combinations readers actually type.
const CASES: [string, string][] = [
  // alef forms
  ["أحمد", "احمد"],
  ["إبراهيم", "ابراهيم"],
  ["آمال", "امال"],
  ["ٱلله", "الله"],
  ["الإطار", "الاطار"],
  ["الأنبار", "الانبار"],
  // alef maqsura, teh marbuta, hamza carriers
  ["مستشفى", "مستشفي"],
  ["على", "علي"],
  ["مدرسة", "مدرسه"],
  ["الحكومة", "الحكومه"],
  ["مؤتمر", "موتمر"],
  ["رئيس", "رييس"],
  ["هيئة", "هييه"],
  ["سؤال", "سوال"],
  // vowel marks U+064B–U+065F and U+0670
  ["كتابٌ", "كتاب"], // dammatan U+064C
  ["كتاباً", "كتابا"], // fathatan U+064B
  ["كتابٍ", "كتاب"], // kasratan U+064D
  ["كَتَبَ", "كتب"], // fatha U+064E
  ["كُتُب", "كتب"], // damma U+064F
  ["كِتاب", "كتاب"], // kasra U+0650
  ["شدَّة", "شده"], // shadda U+0651
  ["مِنْ", "من"], // sukun U+0652
  ["هٰذا", "هذا"], // superscript alef U+0670
  ["ء\u0627\u0653مين", "امين"], // maddah above U+0653 (composes to آ); a hamza on the line before alef is its hamza
  ["حٔ", "ح"], // hamza above U+0654
  ["حٕ", "ح"], // hamza below U+0655
  ["ح\u0656", "ح"], // subscript alef
  ["ح\u065F", "ح"], // wavy hamza below
  ["التَّنسيقي", "التنسيقي"],
  // tatweel and invisible characters
  ["الإطـار", "الاطار"],
  ["بـــغـــداد", "بغداد"],
  ["بغ\u200Bداد", "بغداد"], // zero-width space
  ["بغ\u200Cداد", "بغداد"], // zero-width non-joiner
  ["بغ\u200Dداد", "بغداد"], // zero-width joiner
  ["\u200Fبغداد\u200E", "بغداد"], // direction marks
  ["\uFEFFبغداد", "بغداد"], // byte order mark
  ["بغ\u00ADداد", "بغداد"], // soft hyphen
  // digits
  ["٢٠٢٤", "2024"],
  ["۱۴۰۳", "1403"],
  ["اللواء ٥٥", "اللواء 55"],
  ["0123456789", "0123456789"],
  ["٠١٢٣٤٥٦٧٨٩", "0123456789"],
  ["۰۱۲۳۴۵۶۷۸۹", "0123456789"],
  // Persian letters readers type on Persian keyboards
  ["کتاب", "كتاب"],
  ["علی", "علي"],
  // Latin text, punctuation and spacing survive
  ["BBC News", "bbc news"],
  ["«العفو العام»", "«العفو العام»"],
  ["بغداد، البصرة", "بغداد، البصره"],
  ["", ""],
  // composed and decomposed forms end the same
  ["\u0627\u0654", "ا"], // alef + combining hamza (NFC → أ → ا)
  ["\u0648\u0654", "و"], // waw + combining hamza (NFC → ؤ → و)
  ["\u064A\u0654", "ي"], // yeh + combining hamza (NFC → ئ → ي)
];

describe("normalizeArabic", () => {
  it("has at least 40 cases", () => expect(CASES.length).toBeGreaterThanOrEqual(40));
  it.each(CASES)("%s → %s", (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });
  it("makes the three spellings of the seed query identical", () => {
    const a = normalizeArabic("الإطار التنسيقي");
    expect(normalizeArabic("الاطار التنسيقى")).toBe(a);
    expect(normalizeArabic("الإطـار التَّنسيقي")).toBe(a);
  });
  it("is idempotent", () => {
    for (const [input] of CASES) expect(normalizeArabic(normalizeArabic(input))).toBe(normalizeArabic(input));
  });
});

describe("words", () => {
  it("splits at spaces and punctuation and keeps digits", () => {
    expect(words("«الإطار التنسيقي»، 2024!")).toEqual(["الاطار", "التنسيقي", "2024"]);
  });
  it("keeps a word whole across vowel marks and tatweel", () => {
    expect(words("الإطـار التَّنسيقي")).toEqual(["الاطار", "التنسيقي"]);
  });
  it("returns nothing for punctuation only", () => {
    expect(words("؟!… «» ()")).toEqual([]);
  });
});
