import { DAY_MESSAGE, TIME_MESSAGE, isCalendarDay, isWallTime } from "@/lib/validation/date";
import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";
import { counted, LETTERS } from "@/lib/arabic/plural";

// One schema per input, shared by the editor, the server actions and the tests.
const optText = (max: number, label: string) =>
  text()
    .trim()
    .max(max, `${label}: ${counted(max, LETTERS)} على الأكثر.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const SEO_TITLE_HINT = 60;
export const SEO_DESCRIPTION_HINT = 160;

export const articleInputSchema = z.object({
  title: text().trim().min(1, "العنوان مطلوب.").max(300, "العنوان طويل جداً."),
  slug: text().trim().max(150, "الرابط المختصر طويل جداً.").optional().default(""),
  kicker: optText(150, "العنوان الفرعي"),
  excerpt: optText(800, "المقتطف"),
  bodyHtml: text().max(2_000_000, "النص طويل جداً.").default(""),
  dateline: optText(200, "سطر المكان"),
  sectionId: z.coerce.number({ message: "اختر قسماً." }).int().positive("اختر قسماً.").max(2_147_483_647, "اختر قسماً."),
  supplementId: z.coerce.number().int().positive().max(2_147_483_647).nullable().optional().transform((v) => v ?? null),
  tagNames: z.array(text().trim().min(1).max(80, "الوسم طويل جداً.")).max(30, "وسوم كثيرة.").default([]),
  authorIds: z.array(z.coerce.number().int().positive().max(2_147_483_647)).max(10, "كتّاب كثيرون.").default([]),
  imageId: z.coerce.number().int().positive().max(2_147_483_647).nullable().optional().transform((v) => v ?? null),
  imageCaption: optText(500, "التعليق على الصورة"),
  imageAlt: optText(300, "النص البديل"),
  breaking: z.boolean().default(false),
  commentsOpen: z.boolean().default(true),
  seoTitle: optText(200, "عنوان محركات البحث"),
  seoDescription: optText(400, "وصف محركات البحث"),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;
export type ArticleField = keyof ArticleInput;

export const saveArticleSchema = z.object({
  id: z.number().int().positive().max(2_147_483_647),
  version: z.number().int().positive().max(2_147_483_647),
  autosave: z.boolean().default(false),
  article: articleInputSchema,
});

export const scheduleSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  day: z.string({ error: "اختر التاريخ." }).refine(isCalendarDay, DAY_MESSAGE),
  time: z.string({ error: "اختر الوقت." }).refine(isWallTime, TIME_MESSAGE),
});

const rowId = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(2_147_483_647, message);

/** A workflow step (submit, publish, unpublish, archive) names one piece. */
export const stepSchema = z.object({ id: rowId("مقال غير صالح.") });
export const restoreRevisionSchema = z.object({ articleId: rowId("مقال غير صالح."), revisionId: rowId("نسخة غير صالحة.") });

/** What must be true before readers can see a piece. */
export function publishProblems(a: { title: string; imageId: number | null; imageAlt: string | null }): Partial<Record<ArticleField, string>> {
  const errors: Partial<Record<ArticleField, string>> = {};
  if (!a.title.trim()) errors.title = "العنوان مطلوب.";
  if (a.imageId && !a.imageAlt?.trim()) errors.imageAlt = "النص البديل للصورة مطلوب قبل النشر.";
  return errors;
}

/** zod issues as one Arabic message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const key = String(i.path.at(-1) === undefined ? "form" : i.path[0] === "article" ? i.path[1] : i.path[0]);
    out[key] ??= i.message;
  }
  return out;
}
