import { DAY_MESSAGE, TIME_MESSAGE, isCalendarDay, isWallTime } from "@/lib/validation/date";
import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";

// The front page's arrangement (issue 15, decision 180): one schema for what is stored
// (FrontArrangement.slots, JSON), one for the /admin/front form, which becomes the stored
// shape, and the small ones of the other actions and of the picker's route handler.

const MAX_ID = 2_147_483_647;
const pieceId = z.number().int().positive().max(MAX_ID);

export const TOP_MIN = 2;
export const TOP_MAX = 4;
/** Pieces an editor may pin above a section block's automatic ones. */
export const PINS_PER_SECTION = 2;
export const BREAKING_TEXT_MAX = 200;

/** A link of the breaking bar: a path of this site ("/123/…") or an http(s) address. */
export function isBreakingUrl(s: string): boolean {
  if (s.startsWith("/")) return !s.startsWith("//") && !s.includes("\\") && !/\s/.test(s);
  try {
    const u = new URL(s);
    return (u.protocol === "https:" || u.protocol === "http:") && !/\s/.test(s);
  } catch {
    return false;
  }
}

const breakingSchema = z.object({
  text: text().min(1).max(BREAKING_TEXT_MAX),
  url: z.string().max(1000).refine(isBreakingUrl),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** What FrontArrangement.slots holds. `null` in a slot: the automatic choice. */
export const frontSlotsSchema = z.object({
  lead: pieceId.nullable(),
  top: z.array(pieceId.nullable()).min(TOP_MIN).max(TOP_MAX),
  sections: z.array(z.object({ sectionId: pieceId, pinned: z.array(pieceId).max(PINS_PER_SECTION) })).max(200),
  breaking: breakingSchema.nullable(),
});
export type FrontSlots = z.infer<typeof frontSlotsSchema>;
export type FrontBreaking = NonNullable<FrontSlots["breaking"]>;

export const EMPTY_SLOTS: FrontSlots = { lead: null, top: [null, null, null], sections: [], breaking: null };

/** Stored JSON → slots; anything unreadable (a hand-edited row) reads as "all automatic". */
export function parseSlots(json: string | null | undefined): FrontSlots {
  try {
    const r = frontSlotsSchema.safeParse(JSON.parse(json ?? ""));
    return r.success ? r.data : EMPTY_SLOTS;
  } catch {
    return EMPTY_SLOTS;
  }
}

// ---- The form of /admin/front -------------------------------------------------------------

const ID_MESSAGE = "رقم القطعة غير صالح: اختر القطعة من البحث أو اكتب رقمها.";
/** "" is the automatic choice; otherwise a piece's number. */
const slotField = z
  .string({ error: ID_MESSAGE })
  .max(12, ID_MESSAGE)
  .regex(/^\s*\d{0,10}\s*$/, ID_MESSAGE)
  .transform((s) => (s.trim() === "" ? null : Number(s.trim())))
  .refine((n) => n === null || (n > 0 && n <= MAX_ID), ID_MESSAGE);

const many = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max, "طلب غير صالح."));

const sectionField = z
  .string({ error: "قسم غير صالح: أعد تحميل الصفحة." })
  .regex(/^\d{1,10}$/, "قسم غير صالح: أعد تحميل الصفحة.")
  .transform(Number)
  .refine((n) => n > 0 && n <= MAX_ID, "قسم غير صالح: أعد تحميل الصفحة.");

/** A move button: which list, which position, which way («أعلى/أسفل»). */
export const MOVE_PATTERN = /^move:(top|pin-\d{1,10}):(\d{1,2}):(up|down)$/;
export const INTENTS = ["save", "preview", "publish", "schedule"] as const;
export type FrontIntent = (typeof INTENTS)[number] | { list: string; index: number; dir: "up" | "down" };

const optionalDay = z.string().max(20).optional();

export const frontFormSchema = z
  .object({
    intent: z
      .string({ error: "اختر ما تريد فعله." })
      .max(40)
      .refine((s) => (INTENTS as readonly string[]).includes(s) || MOVE_PATTERN.test(s), "اختر ما تريد فعله."),
    lead: z.preprocess((v) => v ?? "", slotField),
    top: many(slotField, TOP_MAX),
    topCount: z.coerce.number({ error: "اختر عدد الأخبار البارزة." }).int().min(TOP_MIN, "من خبرين إلى أربعة.").max(TOP_MAX, "من خبرين إلى أربعة."),
    /** Pin slots in page order: `pinSection[i]` is the section of the piece in `pin[i]`. */
    pinSection: many(sectionField, 400),
    pin: many(slotField, 400),
    breakingText: text().max(BREAKING_TEXT_MAX, `نص الشريط ${BREAKING_TEXT_MAX} حرف على الأكثر.`).optional().default(""),
    breakingUrl: z.string().max(1000, "الرابط أطول من المسموح.").optional().default(""),
    breakingDay: optionalDay,
    breakingTime: optionalDay,
    publishDay: optionalDay,
    publishTime: optionalDay,
  })
  .superRefine((f, ctx) => {
    if (f.pin.length !== f.pinSection.length) ctx.addIssue({ code: "custom", path: ["pins"], message: "طلب غير صالح: أعد تحميل الصفحة." });
    const text = f.breakingText.trim();
    if (text) {
      if (!isBreakingUrl(f.breakingUrl.trim())) ctx.addIssue({ code: "custom", path: ["breakingUrl"], message: "اكتب رابطاً يبدأ بـ / (صفحة في الموقع) أو بـ https://." });
      if (!f.breakingDay || !isCalendarDay(f.breakingDay)) ctx.addIssue({ code: "custom", path: ["breakingDay"], message: `موعد انتهاء الشريط: ${DAY_MESSAGE}` });
      if (!f.breakingTime || !isWallTime(f.breakingTime)) ctx.addIssue({ code: "custom", path: ["breakingTime"], message: `موعد انتهاء الشريط: ${TIME_MESSAGE}` });
    }
    if (f.intent === "schedule") {
      if (!f.publishDay || !isCalendarDay(f.publishDay)) ctx.addIssue({ code: "custom", path: ["publishDay"], message: `موعد النشر: ${DAY_MESSAGE}` });
      if (!f.publishTime || !isWallTime(f.publishTime)) ctx.addIssue({ code: "custom", path: ["publishTime"], message: `موعد النشر: ${TIME_MESSAGE}` });
    }
  });
export type FrontForm = z.infer<typeof frontFormSchema>;

export function parseIntent(s: string): FrontIntent {
  const m = MOVE_PATTERN.exec(s);
  if (m) return { list: m[1]!, index: Number(m[2]), dir: m[3] as "up" | "down" };
  return s as (typeof INTENTS)[number];
}

/** One piece listed once: the first place wins (an automatic slot is never a duplicate). */
export function duplicates(slots: FrontSlots): number[] {
  const seen = new Set<number>();
  const dup = new Set<number>();
  for (const id of [slots.lead, ...slots.top, ...slots.sections.flatMap((s) => s.pinned)]) {
    if (id == null) continue;
    if (seen.has(id)) dup.add(id);
    seen.add(id);
  }
  return [...dup];
}

// ---- The other actions ---------------------------------------------------------------------

const rowId = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(MAX_ID, message);

/** Restore an arrangement from the history (a new publication with its slots). */
export const frontRestoreSchema = z.object({ id: rowId("ترتيب غير صالح.") });
/** Cancel a scheduled arrangement. */
export const frontUnscheduleSchema = z.object({ id: rowId("ترتيب غير صالح.") });

/** The piece picker's query (app/api/admin/front/pieces). */
export const frontPickerQuerySchema = z.object({
  q: text({ error: "اكتب كلمة من العنوان." }).trim().min(1, "اكتب كلمة من العنوان.").max(200, "البحث أطول من المسموح."),
  section: z
    .string()
    .regex(/^\d{1,10}$/, "قسم غير صالح.")
    .transform(Number)
    .refine((n) => n > 0 && n <= MAX_ID, "قسم غير صالح.")
    .optional(),
});
