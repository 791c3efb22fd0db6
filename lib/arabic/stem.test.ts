import { describe, expect, it } from "vitest";
import { normalizeArabic } from "./normalize";
import { stemArabic } from "./stem";

const stem = (w: string) => stemArabic(normalizeArabic(w));

describe("stemArabic (after Lucene's ArabicStemmer)", () => {
  it.each([
    // prefixes
    ["الكتاب", "كتاب"],
    ["والكتاب", "كتاب"],
    ["بالكتاب", "كتاب"],
    ["كالكتاب", "كتاب"],
    ["فالكتاب", "كتاب"],
    ["للكتاب", "كتاب"],
    ["وكتاب", "كتاب"],
    // suffixes
    ["كتابها", "كتاب"],
    ["كتابان", "كتاب"],
    ["كتابات", "كتاب"],
    ["كاتبون", "كاتب"],
    ["كاتبين", "كاتب"],
    ["كتابيه", "كتاب"],
    ["مدرسية", "مدرس"],
    ["كتابه", "كتاب"],
    ["مدرسة", "مدرس"],
    ["كتابي", "كتاب"],
    // prefix and suffix together
    ["الإطار", "اطار"],
    ["التنسيقي", "تنسيق"],
    ["التنسيقى", "تنسيق"],
    ["والمعلمات", "معلم"],
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it("never leaves fewer than 2 letters", () => {
    expect(stem("ال")).toBe("ال");
    expect(stem("الم")).toBe("الم"); // ال + 1 letter: too short to strip
    expect(stem("لله")).toBe("لل"); // لل needs 2 letters after it: kept; suffix ه leaves 2
    expect(stem("وها")).toBe("وها"); // و needs a 4-letter word; ها needs 2 letters before it
    expect(stem("بها")).toBe("بها");
    expect(stem("هي")).toBe("هي");
  });

  it("strips a lone و only from words of 4 letters or more", () => {
    expect(stem("ورد")).toBe("ورد");
    expect(stem("وزير")).toBe("زير");
  });

  it("leaves Latin words and numbers alone", () => {
    expect(stemArabic("bbc")).toBe("bbc");
    expect(stemArabic("2024")).toBe("2024");
  });

  it("gives the same stem for every spelling of a word", () => {
    const forms = ["التنسيقي", "التنسيقى", "التَّنسيقي", "التنسيـقي"];
    expect(new Set(forms.map(stem)).size).toBe(1);
  });
});
