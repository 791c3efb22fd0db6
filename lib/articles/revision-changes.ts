import { type DiffPart, wordDiff } from "./word-diff";

// What changed between two revisions, field by field, in the editor's words. Pure: the names
// of sections, supplements, authors and images are looked up by the caller.

export type RevisionContent = {
  title: string;
  slug?: string | null;
  kicker?: string | null;
  excerpt?: string | null;
  dateline?: string | null;
  sectionId?: number | null;
  supplementId?: number | null;
  tagNames?: string[];
  authorIds?: number[];
  imageId?: number | null;
  imageCaption?: string | null;
  imageAlt?: string | null;
  breaking?: boolean;
  commentsOpen?: boolean;
  seoTitle?: string | null;
  seoDescription?: string | null;
  bodyText?: string;
};

export type RevisionNames = {
  sections: Map<number, string>;
  supplements: Map<number, string>;
  authors: Map<number, string>;
  images: Map<number, string>;
};

export type FieldChange =
  | { field: string; label: string; kind: "text"; parts: DiffPart[] }
  | { field: string; label: string; kind: "value"; before: string; after: string };

const TEXT_FIELDS: [keyof RevisionContent, string][] = [
  ["title", "العنوان"],
  ["kicker", "العنوان التمهيدي"],
  ["excerpt", "المقتطف"],
  ["dateline", "سطر المكان"],
  ["bodyText", "النص"],
  ["imageCaption", "تعليق الصورة"],
  ["imageAlt", "النص البديل للصورة"],
  ["seoTitle", "عنوان محركات البحث"],
  ["seoDescription", "وصف محركات البحث"],
  ["slug", "الرابط المختصر"],
];

const NONE = "—";
const yesNo = (v: boolean | undefined, yes: string, no: string) => (v === undefined ? NONE : v ? yes : no);
const named = (map: Map<number, string>, id: number | null | undefined) => (id ? (map.get(id) ?? `محذوف (${id})`) : NONE);
const list = (items: string[]) => (items.length ? items.join("، ") : NONE);

export function revisionChanges(a: RevisionContent, b: RevisionContent, names: RevisionNames): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, label] of TEXT_FIELDS) {
    const before = String(a[field] ?? "");
    const after = String(b[field] ?? "");
    if (before !== after) out.push({ field, label, kind: "text", parts: wordDiff(before, after) });
  }
  const values: [string, string, string, string][] = [
    ["sectionId", "القسم", named(names.sections, a.sectionId), named(names.sections, b.sectionId)],
    ["supplementId", "الملحق", named(names.supplements, a.supplementId), named(names.supplements, b.supplementId)],
    ["tagNames", "الوسوم", list(a.tagNames ?? []), list(b.tagNames ?? [])],
    ["authorIds", "الكتّاب", list((a.authorIds ?? []).map((id) => named(names.authors, id))), list((b.authorIds ?? []).map((id) => named(names.authors, id)))],
    ["imageId", "الصورة", named(names.images, a.imageId), named(names.images, b.imageId)],
    ["breaking", "عاجل", yesNo(a.breaking, "نعم", "لا"), yesNo(b.breaking, "نعم", "لا")],
    ["commentsOpen", "التعليقات", yesNo(a.commentsOpen, "مفتوحة", "مغلقة"), yesNo(b.commentsOpen, "مفتوحة", "مغلقة")],
  ];
  for (const [field, label, before, after] of values) if (before !== after) out.push({ field, label, kind: "value", before, after });
  // In the order the editor shows them: title first, body after the short fields.
  const order = ["title", "kicker", "excerpt", "dateline", "sectionId", "supplementId", "tagNames", "authorIds", "imageId", "imageCaption", "imageAlt", "bodyText", "breaking", "commentsOpen", "seoTitle", "seoDescription", "slug"];
  return out.sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field));
}
