"use server";

import { actionResult, invalid, type ActionState } from "@/lib/auth/action";
import { requirePermission } from "@/lib/auth/guard";
import { saveCommentSettings } from "@/lib/comments/moderation";
import { commentSettingsSchema } from "@/lib/comments/moderation-schema";
import { fieldErrors } from "@/lib/comments/schema";

/** Word lists, moderation policy, report threshold and auto-close age. */
export async function updateCommentSettings(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return actionResult(async () => {
    const user = await requirePermission("comment:settings");
    const parsed = commentSettingsSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    await saveCommentSettings(user, parsed.data);
    return { ok: true, message: "حُفظت إعدادات التعليقات." };
  });
}
