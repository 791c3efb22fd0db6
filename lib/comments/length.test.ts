import { describe, expect, it } from "vitest";
import { graphemeLength, remainingText } from "./length";
import { commentInputSchema } from "./schema";

describe("length as the reader sees it", () => {
  it("counts grapheme clusters, not UTF-16 units", () => {
    expect(graphemeLength("abc")).toBe(3);
    expect(graphemeLength("👍🏽")).toBe(1); // emoji + skin tone
    expect(graphemeLength("👨‍👩‍👧")).toBe(1); // ZWJ family
    expect(graphemeLength("🇮🇶")).toBe(1); // flag
    expect(graphemeLength("كَتَبَ")).toBe(3); // letters with vowel marks
    expect("👨‍👩‍👧".length).toBeGreaterThan(1);
  });

  it("reads «255 حرفاً متبقياً» and counts down, the words agreeing with the number", () => {
    expect(remainingText("")).toBe("255 حرفاً متبقياً");
    expect(remainingText("مرحبا")).toBe("250 حرفاً متبقياً");
    expect(remainingText("x".repeat(55))).toBe("200 حرف متبقٍ");
    expect(remainingText("👍🏽👍🏽")).toBe("253 حرفاً متبقياً");
    expect(remainingText("x".repeat(245))).toBe("10 أحرف متبقية");
    expect(remainingText("x".repeat(253))).toBe("حرفان متبقيان");
    expect(remainingText("x".repeat(254))).toBe("حرف واحد متبقٍ");
    expect(remainingText("x".repeat(255))).toBe("لم يبقَ أي حرف");
    expect(remainingText("x".repeat(256))).toBe("تجاوزت الحد بحرف واحد");
    expect(remainingText("x".repeat(258))).toBe("تجاوزت الحد بـ 3 أحرف");
    expect(remainingText("x".repeat(275))).toBe("تجاوزت الحد بـ 20 حرفاً");
  });

  it("accepts 255 emoji with modifiers and refuses 256", () => {
    const ok = commentInputSchema.safeParse({ name: "سلمى", body: "👍🏽".repeat(255) });
    expect(ok.success).toBe(true);
    const over = commentInputSchema.safeParse({ name: "سلمى", body: "👍🏽".repeat(256) });
    expect(over.success).toBe(false);
  });

  it("name is 2 to 50 characters after trimming; body 1 to 255", () => {
    const parse = (name: unknown, body: unknown) => commentInputSchema.safeParse({ name, body });
    expect(parse("ع", "نص").success).toBe(false);
    expect(parse(" ع ", "نص").success).toBe(false);
    expect(parse("عل", "ن").success).toBe(true);
    expect(parse("ع".repeat(50), "ن").success).toBe(true);
    expect(parse("ع".repeat(51), "ن").success).toBe(false);
    expect(parse("علي", "   \n\t ").success).toBe(false);
    expect(parse("علي", "").success).toBe(false);
    expect(parse("علي", 5).success).toBe(false);
    expect(parse(undefined, "نص").success).toBe(false);
  });

  it("refuses control characters but keeps line breaks, normalised to NFC", () => {
    expect(commentInputSchema.safeParse({ name: "علي", body: "سطر\u0000" }).success).toBe(false);
    expect(commentInputSchema.safeParse({ name: "علي\nحسن", body: "نص" }).success).toBe(false);
    expect(commentInputSchema.safeParse({ name: "علي", body: "\u202Eنص" }).success).toBe(false);
    const r = commentInputSchema.safeParse({ name: "علي", body: "سطر أول\r\nسطر ثان" });
    expect(r.success && r.data.body).toBe("سطر أول\nسطر ثان");
    const nfc = commentInputSchema.safeParse({ name: "Jose\u0301", body: "e\u0301" });
    expect(nfc.success && nfc.data.body).toBe("é");
    expect(nfc.success && nfc.data.name).toBe("José");
  });
});

describe("what does not count as text", () => {
  it("refuses invisible-only text and markup in names", () => {
    expect(commentInputSchema.safeParse({ name: "علي", body: "\u200B\u200D" }).success).toBe(false);
    expect(commentInputSchema.safeParse({ name: "علي", body: "\uFE0F\u034F\u3164\u{E0020}" }).success).toBe(false);
    expect(commentInputSchema.safeParse({ name: "\u3164\u3164\u3164", body: "نص" }).success).toBe(false);
    expect(commentInputSchema.safeParse({ name: "<b>علي</b>", body: "نص" }).success).toBe(false);
    expect(commentInputSchema.safeParse({ name: "علي", body: "<b>نص</b>" }).success).toBe(true);
  });
});

describe("every validation message is Arabic", () => {
  it.each([
    [{}],
    [{ name: 1, body: [] }],
    [{ name: "سلمى", body: "نص", parentId: "abc" }],
    [{ name: "سلمى", body: "نص", parentId: -3 }],
    [{ name: "سلمى", body: "نص", parentId: { a: 1 } }],
    [{ name: "سلمى", body: "نص", website: 5 }],
    [{ name: "x".repeat(2000), body: "y".repeat(9000) }],
  ])("%j", (input) => {
    const r = commentInputSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) for (const i of r.error.issues) expect(i.message).toMatch(/[\u0600-\u06FF]/);
  });
});
