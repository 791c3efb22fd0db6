import { describe, expect, it } from "vitest";
import { revisionChanges, type RevisionNames } from "./revision-changes";

const names: RevisionNames = {
  sections: new Map([
    [1, "سياسة"],
    [2, "اقتصاد"],
  ]),
  supplements: new Map(),
  authors: new Map([
    [7, "علي حسين"],
    [8, "سلمى كاظم"],
  ]),
  images: new Map([[3, "جسر الجمهورية (bridge.jpg)"]]),
};
const base = { title: "عنوان", kicker: null, excerpt: "مقتطف", dateline: "بغداد", sectionId: 1, supplementId: null, tagNames: ["النفط"], authorIds: [7], imageId: null, imageCaption: null, imageAlt: null, breaking: false, commentsOpen: true, seoTitle: null, seoDescription: null, slug: "x", bodyText: "نص" };

describe("revisionChanges", () => {
  it("lists only what changed, every kind of field, with Arabic labels and names instead of ids", () => {
    const b = { ...base, kicker: "خاص", dateline: "البصرة", sectionId: 2, tagNames: ["النفط", "الموازنة"], authorIds: [7, 8], imageId: 3, seoDescription: "وصف" };
    const c = revisionChanges(base, b, names);
    expect(c.map((x) => x.label)).toEqual(["العنوان التمهيدي", "سطر المكان", "القسم", "الوسوم", "الكتّاب", "الصورة", "وصف محركات البحث"]);
    expect(c.find((x) => x.field === "sectionId")).toMatchObject({ before: "سياسة", after: "اقتصاد" });
    expect(c.find((x) => x.field === "authorIds")).toMatchObject({ before: "علي حسين", after: "علي حسين، سلمى كاظم" });
    expect(c.find((x) => x.field === "imageId")).toMatchObject({ before: "—", after: "جسر الجمهورية (bridge.jpg)" });
  });

  it("says nothing for identical revisions and names a deleted section instead of failing", () => {
    expect(revisionChanges(base, { ...base }, names)).toEqual([]);
    expect(revisionChanges(base, { ...base, sectionId: 99 }, names)[0]).toMatchObject({ label: "القسم", after: "محذوف (99)" });
  });

  it("reads old snapshots that lack newer fields", () => {
    const old = { title: "عنوان", bodyText: "نص" };
    const c = revisionChanges(old, { ...old, bodyText: "نص جديد" }, names);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ field: "bodyText", kind: "text" });
  });
});
