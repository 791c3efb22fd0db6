import { describe, expect, it } from "vitest";
import { creditLine } from "./credit";

describe("credit line under a picture", () => {
  it("puts «تصوير:» before a photographer's name", () => {
    expect(creditLine("علي حسين")).toBe("تصوير: علي حسين");
    expect(creditLine("  Sara Ahmed ")).toBe("تصوير: Sara Ahmed");
  });
  it("shows a credit that names an agency or says what it is as typed", () => {
    for (const c of ["رويترز", "أ ف ب", "وكالة الأنباء العراقية", "AFP", "Reuters/Thaier al-Sudani", "المصدر: وزارة الصحة", "تصوير: علي", "بعدسة مراسلنا", "© Getty Images", "Photo: AP", "عن صفحة الوزارة"]) {
      expect(creditLine(c), c).toBe(c);
    }
  });
  it("is nothing for an empty credit", () => {
    expect(creditLine(null)).toBeNull();
    expect(creditLine("  ")).toBeNull();
  });
  it("does not mistake a name containing an agency's letters for an agency", () => {
    expect(creditLine("حسن الاناضولي")).toBe("تصوير: حسن الاناضولي");
    expect(creditLine("Apollo Kim")).toBe("تصوير: Apollo Kim");
  });
});
