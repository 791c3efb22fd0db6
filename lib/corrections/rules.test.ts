import { describe, expect, it } from "vitest";
import { editVerdict, forReaders, withdrawVerdict } from "./rules";
import { addCorrectionSchema, editCorrectionSchema, withdrawCorrectionSchema } from "./schema";

const live = { text: "ورد خطأً أن الجلسة الثلاثاء، والصحيح الأربعاء.", placement: "end", withdrawnAt: null };

describe("correction history rules", () => {
  it("an edit with new text or a new place is an edit; the same text and place change nothing", () => {
    expect(editVerdict(live, { text: "ورد خطأً أن الجلسة الثلاثاء، والصحيح الخميس.", placement: "end" })).toEqual({ kind: "edit" });
    expect(editVerdict(live, { text: live.text, placement: "start" })).toEqual({ kind: "edit" });
    expect(editVerdict(live, { text: live.text, placement: "end" })).toEqual({ kind: "unchanged" });
  });

  it("a withdrawn correction is frozen: no edit, no second withdrawal", () => {
    const gone = { ...live, withdrawnAt: new Date() };
    expect(editVerdict(gone, { text: "نص آخر تماماً للتصحيح", placement: "end" }).kind).toBe("refused");
    expect(withdrawVerdict(gone).kind).toBe("refused");
    expect(withdrawVerdict(live).kind).toBe("edit");
  });

  it("readers see live corrections only, oldest first, with their edit time", () => {
    const t = (h: number) => new Date(Date.UTC(2026, 11, 3, h));
    const out = forReaders([
      { id: 3, text: "ج", placement: "start", createdAt: t(12), editedAt: t(13), withdrawnAt: null },
      { id: 1, text: "أ", placement: "end", createdAt: t(9), editedAt: null, withdrawnAt: null },
      { id: 2, text: "ب", placement: "end", createdAt: t(10), editedAt: null, withdrawnAt: t(11) },
      { id: 4, text: "د", placement: "sideways", createdAt: t(14), editedAt: null, withdrawnAt: null },
    ]);
    expect(out.map((c) => [c.id, c.placement, c.editedAt])).toEqual([
      [1, "end", null],
      [3, "start", t(13).toISOString()],
      [4, "end", null],
    ]);
  });
});

describe("correction inputs", () => {
  it("folds spaces, defaults to the end of the piece, refuses empty, tiny and foreign placements in Arabic", () => {
    expect(addCorrectionSchema.parse({ articleId: "7", text: "  ورد خطأً\n\nأن   الوزير قال ذلك. ", placement: "" })).toEqual({ articleId: 7, text: "ورد خطأً أن الوزير قال ذلك.", placement: "end" });
    for (const bad of [{ articleId: "7", text: "قصير" }, { articleId: "x", text: "نص تصحيح كافٍ الطول" }, { articleId: "7", text: "نص تصحيح كافٍ الطول", placement: "middle" }, { articleId: "7", text: "\ud800 نص تصحيح كافٍ" }]) {
      const r = addCorrectionSchema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/[\u0600-\u06FF]/);
    }
    expect(editCorrectionSchema.safeParse({ id: "1", text: "x".repeat(1001) }).success).toBe(false);
    expect(withdrawCorrectionSchema.safeParse({ id: "1", reason: "   " }).success).toBe(false);
    expect(withdrawCorrectionSchema.parse({ id: "1", reason: "نُشر على مقال آخر" })).toEqual({ id: 1, reason: "نُشر على مقال آخر" });
  });
});
