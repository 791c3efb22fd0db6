"use server";

import { requirePermission } from "@/lib/auth/guard";
import { saveCommentSettings } from "@/lib/comments/moderation";
import { commentSettingsSchema } from "@/lib/comments/moderation-schema";
import { fieldErrors } from "@/lib/comments/schema";

export type SettingsState = { ok: boolean; message: string; fields: Record<string, string> } | null;

/** Word lists, moderation policy, report threshold and auto-close age. */
export async function updateCommentSettings(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const user = await requirePermission("comment:settings");
  const parsed = commentSettingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "راجع الحقول المشار إليها.", fields: fieldErrors(parsed.error) };
  await saveCommentSettings(user, parsed.data);
  return { ok: true, message: "حُفظت إعدادات التعليقات.", fields: {} };
}
