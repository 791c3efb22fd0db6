import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { normalizeOrigin } from "./origins";

const id = text()
  .regex(/^\d{1,10}$/, "رقم غير صالح.")
  .transform(Number)
  .refine((n) => n >= 1 && n <= 2 ** 31 - 1, "رقم غير صالح.");

export const createApiKeySchema = z.object({
  name: text()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "اكتب اسماً للمفتاح (مثل: تطبيق الهاتف).").max(80, "الاسم أطول من 80 حرفاً.")),
  origins: text()
    .max(2000, "القائمة أطول من المسموح.")
    .optional()
    .transform((s, ctx) => {
      const out: string[] = [];
      for (const line of (s ?? "").split(/[\n,\s]+/).filter(Boolean)) {
        const o = normalizeOrigin(line);
        if (!o) {
          ctx.addIssue({ code: "custom", message: `أصل غير صالح: ${line.slice(0, 60)} (اكتب مثل https://app.example.com)` });
          return z.NEVER;
        }
        if (!out.includes(o)) out.push(o);
      }
      if (out.length > 20) {
        ctx.addIssue({ code: "custom", message: "عشرون أصلاً على الأكثر." });
        return z.NEVER;
      }
      return out;
    }),
});

export const revokeApiKeySchema = z.object({ id });
