import type { ListedWord } from "@/lib/arabic/match";
import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";

// Inputs of the moderation dashboard's server actions (shared with its forms).

export const QUEUES = ["pending", "reported", "approved", "rejected", "spam"] as const;
export type Queue = (typeof QUEUES)[number];
export const QUEUE_LABELS: Record<Queue, string> = {
  pending: "بانتظار المراجعة",
  reported: "مُبلَّغ عنها",
  approved: "منشورة",
  rejected: "مرفوضة",
  spam: "سبام",
};

export const DECISIONS = ["approve", "reject", "spam"] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = { approve: "قبول", reject: "رفض", spam: "سبام" };

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const moderateSchema = z.object({
  decision: z.enum(DECISIONS, { error: "إجراء غير معروف." }),
  ids: z.array(id).min(1, "اختر تعليقاً واحداً على الأقل.").max(200, "اختر 200 تعليقاً على الأكثر."),
  reason: text().trim().max(500, "السبب 500 حرف على الأكثر.").optional(),
});

export const blockSchema = z.object({
  commentId: id,
  kind: z.enum(["client", "name"], { error: "نوع الحظر غير معروف." }),
  days: z.coerce.number({ error: "اختر مدة الحظر." }).int().min(1, "يوم واحد على الأقل.").max(3650, "المدة طويلة جداً."),
  reason: text().trim().max(500).optional(),
});

/** The mark that makes a listed word match only as written, without its forms. */
export const EXACT_MARK = "=";

/**
 * A word list as typed in the settings form: one word or phrase per line (or comma); a
 * line starting with "=" is matched exactly (lib/arabic/match.ts). Stored as
 * { word, exact } objects in the same setting.
 */
const wordList = text()
  .max(20_000, "القائمة طويلة جداً.")
  .transform((v): ListedWord[] => {
    const seen = new Set<string>();
    const out: ListedWord[] = [];
    for (const line of v.split(/[\n,،]+/)) {
      const raw = line.normalize("NFC").trim();
      const exact = raw.startsWith(EXACT_MARK);
      const word = (exact ? raw.slice(EXACT_MARK.length) : raw).trim();
      if (!word || seen.has(word)) continue;
      seen.add(word);
      out.push({ word, exact });
    }
    return out.slice(0, 2000);
  });

/** Stored lists (older ones are plain strings) back into the form's text. */
export function wordListText(list: readonly (string | ListedWord)[]): string {
  return list.map((w) => (typeof w === "string" ? w : `${w.exact ? EXACT_MARK : ""}${w.word}`)).join("\n");
}

export const commentSettingsSchema = z.object({
  commentPolicy: z.enum(["pre", "post"], { error: "اختر سياسة الإشراف." }),
  reportThreshold: z.coerce.number({ error: "أدخل رقماً." }).int("أدخل رقماً صحيحاً.").min(1, "حد البلاغات 1 على الأقل.").max(1000, "حد البلاغات كبير جداً."),
  commentAutoCloseDays: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : v),
    z.coerce.number({ error: "أدخل رقماً." }).int("أدخل رقماً صحيحاً.").min(1, "يوم واحد على الأقل.").max(36500, "المدة طويلة جداً.").nullable(),
  ),
  bannedWords: wordList,
  suspectWords: wordList,
});
export type CommentSettingsInput = z.infer<typeof commentSettingsSchema>;

export const articlePolicySchema = z.object({
  articleId: id,
  policy: z.enum(["default", "pre", "post"], { error: "اختر سياسة الإشراف." }),
});
