import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeWithMap, words } from "./normalize";

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

describe("normalizeArabic: issue 17 classes", () => {
  it.each([
    ["presentation forms (NFKC)", "ﻛﻠﺐ", "كلب"],
    ["lam-alef ligature", "ﻻ", "لا"],
    ["Arabic letter mark (Cf)", "ك\u061Cلب", "كلب"],
    ["combining grapheme joiner (default ignorable)", "ك\u034Fلب", "كلب"],
    ["variation selectors", "ك\uFE0Fل\u{E0100}ب", "كلب"],
    ["tag characters", "ك\u{E0041}لب", "كلب"],
    ["Latin combining marks on Arabic letters", "ك\u0301ل\u0323ب", "كلب"],
    ["Quranic annotation marks", "ك\u06D6ل\u06E2ب", "كلب"],
    ["Hangul filler", "ك\u3164لب", "كلب"],
    ["swash kaf, keheh, gaf", "ڪ ک گ", "ك ك ك"],
    ["yeh barree, Farsi yeh, e", "ے ی ې", "ي ي ي"],
    ["ae, heh goal, teh marbuta goal, doachashmee", "ە ہ ۃ ھ", "ه ه ه ه"],
    ["peh, tcheh, jeh, veh", "پ چ ژ ڤ", "ب ج ز ف"],
    ["Kurdish lam and reh", "ڵ ڕ", "ل ر"],
    ["noon ghunna, dotless beh and qaf", "ں ٮ ٯ", "ن ب ق"],
    ["hamza on the line before alef", "ءامنوا", "امنوا"],
    ["high hamza forms", "ٵ ٶ ٸ", "ا و ي"],
    ["hamza elsewhere stays", "كهرباء شيء", "كهرباء شيء"],
    ["full-width Latin", "ＫＡＬＢ", "kalb"],
    ["Arabic mathematical letters", "\u{1EE0A}\u{1EE0B}\u{1EE01}", "كلب"],
  ])("%s", (_label, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it("maps every character of the result back to the input", () => {
    const input = "يا ڪ\u200Dَلـب";
    const n = normalizeWithMap(input);
    expect(n.text).toBe("يا كلب");
    expect(n.from).toHaveLength(n.text.length);
    const k = n.text.indexOf("ك");
    expect(input.slice(n.from[k], n.to[n.text.length - 1])).toBe("ڪ\u200Dَلـب");
  });

  it("the mapped and plain normalisations agree", () => {
    for (const [input] of CASES) expect(normalizeWithMap(input).text).toBe(normalizeArabic(input));
  });
});
