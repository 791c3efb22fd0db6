import { MALFORMED_TEXT, isWellFormed } from "@/lib/validation/unicode";
import { BODY_MAX, BODY_MIN, NAME_MAX, NAME_MIN, cleanText, graphemeLength } from "./length";
import { counted, LETTERS } from "@/lib/arabic/plural";

// The reader-facing rules for a name and a comment, as plain functions: the zod schemas
// (./schema.ts, used by the handlers and actions) wrap them, and the browser form calls
// them directly. Messages are Arabic because readers see them as they are.

export const MSG = {
  nameRequired: "اكتب اسمك.",
  nameShort: `الاسم ${counted(NAME_MIN, LETTERS)} على الأقل.`,
  nameLong: `الاسم ${counted(NAME_MAX, LETTERS)} على الأكثر.`,
  bodyRequired: "اكتب تعليقك.",
  bodyLong: `التعليق ${counted(BODY_MAX, LETTERS)} على الأكثر.`,
  control: "النص يحوي رموز تحكم غير مسموح بها.",
  nameMarkup: "الاسم يحوي رموزاً غير مسموح بها (< أو >).",
  notText: "يجب أن تكون القيمة نصاً.",
  badParent: "التعليق الذي ترد عليه غير صالح.",
  badReason: "اختر سبب الإبلاغ.",
  malformed: MALFORMED_TEXT,
} as const;

export const REPORT_REASONS = {
  abusive: "مسيء",
  spam: "إعلان أو سبام",
  off_topic: "خارج الموضوع",
  other: "أخرى",
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;

// C0/C1 controls except line feed and carriage return (kept in comments as line breaks),
// plus bidirectional embeddings/overrides/isolates that can disguise text.
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_OR_NEWLINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

// Whitespace and invisible characters alone (format characters and every other
// default-ignorable: variation selectors, Hangul fillers… the class the normaliser drops,
// docs/decisions/040) do not make a name or a comment.
const visible = (v: string) => v.replace(/[\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, "").length > 0;

export type Checked = { ok: true; value: string } | { ok: false; message: string };
const fail = (message: string): Checked => ({ ok: false, message });

/** A reader's name: 2–50 characters as seen, no controls, no markup. */
export function checkName(v: unknown): Checked {
  if (v === undefined || v === null) return fail(MSG.nameRequired);
  if (typeof v !== "string") return fail(MSG.notText);
  if (v.length > 1000) return fail(MSG.nameLong);
  if (!isWellFormed(v)) return fail(MSG.malformed);
  if (CONTROL_OR_NEWLINE.test(v)) return fail(MSG.control);
  if (/[<>]/.test(v)) return fail(MSG.nameMarkup);
  const value = cleanText(v);
  if (!visible(value)) return fail(MSG.nameRequired);
  const n = graphemeLength(value);
  if (n < NAME_MIN) return fail(MSG.nameShort);
  if (n > NAME_MAX) return fail(MSG.nameLong);
  return { ok: true, value };
}

/** A comment: 1–255 characters as seen, line breaks allowed, no other controls. */
export function checkBody(v: unknown): Checked {
  if (v === undefined || v === null) return fail(MSG.bodyRequired);
  if (typeof v !== "string") return fail(MSG.notText);
  if (v.length > 5000) return fail(MSG.bodyLong);
  if (!isWellFormed(v)) return fail(MSG.malformed);
  if (CONTROL.test(v)) return fail(MSG.control);
  const value = cleanText(v);
  if (!visible(value) || graphemeLength(value) < BODY_MIN) return fail(MSG.bodyRequired);
  if (graphemeLength(value) > BODY_MAX) return fail(MSG.bodyLong);
  return { ok: true, value };
}

/** Field errors for the browser form, keyed like the schema's. */
export function checkCommentFields(input: { name: unknown; body: unknown }): Record<string, string> {
  const out: Record<string, string> = {};
  const name = checkName(input.name);
  const body = checkBody(input.body);
  if (!name.ok) out.name = name.message;
  if (!body.ok) out.body = body.message;
  return out;
}
