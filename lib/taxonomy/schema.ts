import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";
import { counted, LETTERS } from "@/lib/arabic/plural";

const slug = text()
  .trim()
  .min(1, "الرابط المختصر مطلوب.")
  .max(80, "الرابط المختصر طويل جداً.")
  .regex(/^[\p{L}\p{N}-]+$/u, "الرابط المختصر: حروف وأرقام وشرطات فقط.");
const name = text().trim().min(1, "الاسم مطلوب.").max(120, "الاسم طويل جداً.");
const optional = (max: number) => text().trim().max(max, `${counted(max, LETTERS)} على الأكثر.`).optional().transform((v) => v || null);
const id = z.coerce.number().int().positive().max(2_147_483_647);

export const sectionSchema = z.object({ id: id.optional(), name, slug, position: z.coerce.number().int().min(0).max(1000).default(0), description: optional(500) });
export const tagSchema = z.object({ id: id.optional(), name, slug: slug.optional() });
/** The tags screen's search and page, carried through merge and delete to come back to the same list. */
const listQuery = { q: text().trim().max(200).optional(), page: z.coerce.number().int().min(1).max(100_000).optional() };
const tagId = z.coerce.number("الوسم غير معروف.").int("الوسم غير معروف.").positive("الوسم غير معروف.").max(2_147_483_647, "الوسم غير معروف.");
export const tagMergeSchema = z.object({ id: tagId, into: text().trim().min(1, "اكتب اسم الوسم الذي يبقى.").max(120, "الاسم طويل جداً."), ...listQuery });
export const tagDeleteSchema = z.object({ id: tagId, ...listQuery });
export const supplementSchema = z.object({ id: id.optional(), name, slug, description: optional(1000) });
export const authorSchema = z.object({ id: id.optional(), name, slug, bio: optional(2000), columnName: optional(120), photoId: z.preprocess((v) => (v === "" || v == null ? undefined : v), id.optional()) });

export type SectionInput = z.infer<typeof sectionSchema>;
