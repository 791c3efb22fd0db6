import { counted, LETTERS } from "@/lib/arabic/plural";
import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";

// The media library's inputs (issue 15): the list's GET filters, the metadata form, the
// focal point (a click or two numbers) and the delete confirmation. Shared by the pages,
// the server actions and the picker's route handler.

const mediaId = z.coerce.number("الصورة غير معروفة.").int("الصورة غير معروفة.").positive("الصورة غير معروفة.").max(2_147_483_647, "الصورة غير معروفة.");
const optional = (max: number) => text().trim().max(max, `${counted(max, LETTERS)} على الأكثر.`).optional().transform((v) => v || null);
const blankToUndefined = (v: unknown) => (v == null || (typeof v === "string" && v.trim() === "") ? undefined : v);

export const MEDIA_PER_PAGE = 24;

/** /admin/media?q=…&by=…&month=YYYY-MM&page=N (and the picker's /api/admin/media/library). Unusable values are ignored, never an error page. */
export const mediaListSchema = z.object({
  q: z.preprocess(blankToUndefined, text().trim().max(200).optional()).catch(undefined),
  by: z.preprocess(blankToUndefined, text().trim().min(1).max(100).optional()).catch(undefined),
  month: z.preprocess(blankToUndefined, z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type MediaListQuery = z.infer<typeof mediaListSchema>;

export const mediaMetaSchema = z.object({
  id: mediaId,
  alt: optional(300),
  caption: optional(500),
  credit: optional(200),
});
export type MediaMetaInput = z.infer<typeof mediaMetaSchema>;

const pct = (axis: string) =>
  z.coerce.number(`اكتب رقماً من 0 إلى 100 لموضع ${axis}.`).min(0, `موضع ${axis} من 0 إلى 100.`).max(100, `موضع ${axis} من 0 إلى 100.`);
/** The focal point in percents of width (x, from the left edge) and height (y, from the top). */
export const mediaFocusSchema = z.object({ id: mediaId, x: pct("الأفقي"), y: pct("العمودي") });
export type MediaFocusInput = z.infer<typeof mediaFocusSchema>;

export const mediaDeleteSchema = z.object({ id: mediaId });
