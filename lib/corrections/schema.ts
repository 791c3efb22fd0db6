import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";

// One schema per correction input (decision 195), shared by the forms and the actions.

const id = z.coerce.number({ message: "رقم غير صالح." }).int("رقم غير صالح.").positive("رقم غير صالح.").max(2_147_483_647, "رقم غير صالح.");

export const CORRECTION_MAX = 1000;
export const PLACEMENTS = ["end", "start"] as const;
export type Placement = (typeof PLACEMENTS)[number];
export const PLACEMENT_LABELS: Record<Placement, string> = { end: "في آخر المقال", start: "في أول المقال" };

/** The note as readers see it after «تصحيح:»: plain text, spaces folded, one paragraph. */
const correctionText = text({ message: "اكتب نص التصحيح." })
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(10, "نص التصحيح قصير جداً: اذكر ما كان خطأً وما الصحيح (10 أحرف على الأقل).")
      .max(CORRECTION_MAX, `نص التصحيح أطول من ${CORRECTION_MAX} حرف.`),
  );

const placement = z.preprocess((v) => (v === "" || v == null ? "end" : v), z.enum(PLACEMENTS, { message: "اختر موضع التصحيح: أول المقال أو آخره." }));

export const addCorrectionSchema = z.object({ articleId: id, text: correctionText, placement });

export const editCorrectionSchema = z.object({ id, text: correctionText, placement });

export const withdrawCorrectionSchema = z.object({
  id,
  reason: text({ message: "اكتب سبب السحب." })
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(5, "اكتب سبب سحب التصحيح (5 أحرف على الأقل): يبقى ظاهراً لفريق التحرير.").max(500, "السبب أطول من 500 حرف.")),
});


/** The dashboard list's query (?show=…&page=…): anything unknown falls back, never an error. */
export const staffListQuery = z.object({
  show: z.enum(["all", "live", "withdrawn"]).catch("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
