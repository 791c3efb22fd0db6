import { z } from "zod";
import { BODY_MAX, BODY_MIN, NAME_MAX, NAME_MIN, cleanText, graphemeLength } from "./length";

// One schema per input, shared by the reader form (browser), the route handlers and the
// moderation actions. Messages are Arabic because readers see them as they are.

// C0/C1 controls except line feed and carriage return (kept in comments as line breaks),
// plus bidirectional embeddings/overrides/isolates that can disguise text.
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_OR_NEWLINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export const MSG = {
  nameRequired: "اكتب اسمك.",
  nameShort: `الاسم ${NAME_MIN} حرفان على الأقل.`,
  nameLong: `الاسم ${NAME_MAX} حرفاً على الأكثر.`,
  bodyRequired: "اكتب تعليقك.",
  bodyLong: `التعليق ${BODY_MAX} حرفاً على الأكثر.`,
  control: "النص يحوي رموز تحكم غير مسموح بها.",
  nameMarkup: "الاسم يحوي رموزاً غير مسموح بها (< أو >).",
  notText: "يجب أن تكون القيمة نصاً.",
  badParent: "التعليق الذي ترد عليه غير صالح.",
  badReason: "اختر سبب الإبلاغ.",
} as const;

// Whitespace and invisible format characters alone do not make a name or a comment.
const visible = (v: string) => v.replace(/[\s\p{Cf}]/gu, "").length > 0;

const text = (required: string) =>
  z.string({ error: (iss) => (iss.input === undefined || iss.input === null ? required : MSG.notText) });

export const nameSchema = text(MSG.nameRequired)
  .max(1000, MSG.nameLong)
  .refine((v) => !CONTROL_OR_NEWLINE.test(v), MSG.control)
  .refine((v) => !/[<>]/.test(v), MSG.nameMarkup)
  .transform(cleanText)
  .refine(visible, MSG.nameRequired)
  .refine((v) => graphemeLength(v) >= NAME_MIN, MSG.nameShort)
  .refine((v) => graphemeLength(v) <= NAME_MAX, MSG.nameLong);

export const bodySchema = text(MSG.bodyRequired)
  .max(5000, MSG.bodyLong)
  .refine((v) => !CONTROL.test(v), MSG.control)
  .transform(cleanText)
  .refine((v) => visible(v) && graphemeLength(v) >= BODY_MIN, MSG.bodyRequired)
  .refine((v) => graphemeLength(v) <= BODY_MAX, MSG.bodyLong);

const idSchema = z.union([z.number({ error: MSG.badParent }), z.string({ error: MSG.badParent }).regex(/^\d{1,10}$/, MSG.badParent)], { error: MSG.badParent }).transform(Number).pipe(
  z.number({ error: MSG.badParent }).int(MSG.badParent).positive(MSG.badParent).max(2_147_483_647, MSG.badParent),
);

export const commentInputSchema = z.object({
  name: nameSchema,
  body: bodySchema,
  // Empty string from an HTML form means "not a reply".
  parentId: z.preprocess((v) => (v === "" || v === null ? undefined : v), idSchema.optional()),
  /** Honeypot: hidden from people, filled by bots. */
  website: z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string({ error: MSG.notText }).max(500, MSG.notText)),
});

export type CommentInput = z.infer<typeof commentInputSchema>;

export const REPORT_REASONS = {
  abusive: "مسيء",
  spam: "إعلان أو سبام",
  off_topic: "خارج الموضوع",
  other: "أخرى",
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;

export const reportInputSchema = z.object({
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], { error: MSG.badReason }),
});

/** Field → first Arabic message, for forms and the `fields` of error bodies. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
