import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { WEBHOOK_EVENTS, isWebhookEvent } from "./event-types";

// The dashboard's webhook inputs (one schema per input, shared by the forms and the actions).
// Whether the URL's host is a public address is asked of DNS in lib/webhooks/mutations.ts:
// a schema stays synchronous and offline.

const id = text()
  .regex(/^\d{1,10}$/, "رقم غير صالح.")
  .transform(Number)
  .refine((n) => n >= 1 && n <= 2 ** 31 - 1, "رقم غير صالح.");

const url = text()
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, "اكتب عنوان الاستقبال (مثل https://app.example.com/midad-webhooks).")
      .max(2000, "العنوان أطول من 2000 حرف.")
      .refine((s) => {
        try {
          const u = new URL(s);
          return (u.protocol === "https:" || u.protocol === "http:") && u.hostname !== "" && !u.username && !u.password;
        } catch {
          return false;
        }
      }, "العنوان يجب أن يبدأ بـ https:// أو http:// ويكون عنواناً كاملاً بلا اسم مستخدم أو كلمة مرور."),
  );

const name = text()
  .optional()
  .transform((s) => (s ?? "").trim())
  .pipe(z.string().max(80, "الاسم أطول من 80 حرفاً."));

// Checkboxes: absent (none ticked), one value, or several.
const events = z
  .union([text(), z.array(text())])
  .optional()
  .transform((v, ctx) => {
    const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
    if (list.length === 0) {
      ctx.addIssue({ code: "custom", message: "اختر حدثاً واحداً على الأقل." });
      return z.NEVER;
    }
    if (list.length > WEBHOOK_EVENTS.length * 2 || !list.every(isWebhookEvent)) {
      ctx.addIssue({ code: "custom", message: "حدث غير معروف." });
      return z.NEVER;
    }
    return WEBHOOK_EVENTS.filter((e) => list.includes(e));
  });

export const createWebhookSchema = z.object({ name, url, events });
export const updateWebhookSchema = z.object({ id, name, url, events });
export const webhookIdSchema = z.object({ id });
export const pauseWebhookSchema = z.object({ id, paused: z.enum(["0", "1"], "قيمة غير صالحة.").transform((v) => v === "1") });
export const resendDeliverySchema = z.object({
  id: text().regex(/^[A-Za-z0-9_-]{1,64}$/, "إرسال غير معروف."),
});

export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;
