/** What the editor edits (the shape the save action takes, plus the image's URL for its thumbnail). */
export type EditorFields = {
  title: string; slug: string; kicker: string; excerpt: string; bodyHtml: string; dateline: string; sectionId: number | null; supplementId: number | null;
  tagNames: string[]; authorIds: number[]; imageId: number | null; imageUrl: string | null; imageCaption: string; imageAlt: string;
  breaking: boolean; commentsOpen: boolean; seoTitle: string; seoDescription: string;
};

export const EMPTY_FIELDS: EditorFields = {
  title: "", slug: "", kicker: "", excerpt: "", bodyHtml: "", dateline: "", sectionId: null, supplementId: null, tagNames: [], authorIds: [],
  imageId: null, imageUrl: null, imageCaption: "", imageAlt: "", breaking: false, commentsOpen: true, seoTitle: "", seoDescription: "",
};

/** Only the edited fields of a loaded piece (it also carries id, version, status…). */
export function fieldsOf(x: EditorFields): EditorFields {
  const out = { ...EMPTY_FIELDS };
  for (const k of Object.keys(EMPTY_FIELDS) as (keyof EditorFields)[]) (out as Record<string, unknown>)[k] = x[k];
  return out;
}
