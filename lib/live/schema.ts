import { parseEmbedUrl } from "@/lib/embeds/providers";
import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";

// Inputs of live coverage (decision 192): one schema each, shared by the dashboard's forms,
// the server actions and the readers' polling endpoint.

const id = text()
  .regex(/^\d{1,10}$/, "رقم غير صالح.")
  .transform(Number)
  .refine((n) => n >= 1 && n <= 2 ** 31 - 1, "رقم غير صالح.");

const optionalId = text()
  .optional()
  .transform((s) => (s ?? "").trim())
  .pipe(z.union([z.literal(""), z.string().regex(/^\d{1,10}$/, "اختر صورة من المكتبة أو اتركها فارغة.")]))
  .transform((s) => (s ? Number(s) : null))
  .refine((n) => n === null || (n >= 1 && n <= 2 ** 31 - 1), "اختر صورة من المكتبة أو اتركها فارغة.");

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("1"), z.literal(""), z.literal("false"), z.literal("0")])
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");

export const liveArticleSchema = z.object({ articleId: id });

const updateFields = {
  bodyHtml: text().max(200_000, "نص التحديث طويل جداً.").default(""),
  keyEvent: checkbox,
  imageId: optionalId,
  imageAlt: text()
    .max(300, "وصف الصورة أطول من 300 حرف.")
    .optional()
    .transform((s) => s?.trim() || null),
  embedUrl: text()
    .max(2048, "الرابط طويل جداً.")
    .optional()
    .transform((s, ctx) => {
      const v = (s ?? "").trim();
      if (!v) return null;
      const e = parseEmbedUrl(v);
      if (!e) {
        ctx.addIssue({ code: "custom", message: "رابط غير مدعوم للتضمين: الصق رابط منشور أو مقطع من يوتيوب أو فيميو أو إكس أو فيسبوك أو إنستغرام أو تيك توك أو ساوند كلاود أو خرائط غوغل." });
        return z.NEVER;
      }
      return e.url;
    }),
};

export const addLiveUpdateSchema = z.object({ articleId: id, ...updateFields });
export const editLiveUpdateSchema = z.object({ id, ...updateFields });
export const deleteLiveUpdateSchema = z.object({ id });

/** ?after=<update id> of the readers' polling endpoint: 0 (everything) when absent. */
export const livePollQuerySchema = z.object({
  after: z
    .string()
    .optional()
    .transform((s) => (s && /^\d{1,10}$/.test(s) ? Math.min(Number(s), 2 ** 31 - 1) : 0)),
});
