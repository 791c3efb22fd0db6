"use server";

import type { ActionState } from "@/lib/auth/action";
import { saveCommentSettings } from "@/lib/comments/moderation";
import { commentSettingsSchema } from "@/lib/comments/moderation-schema";
import { serverAction } from "@/lib/http/action";

const update = serverAction({
  permission: "comment:settings",
  schema: commentSettingsSchema,
  run: async (input, user) => {
    await saveCommentSettings(user, input);
    return "حُفظت إعدادات التعليقات.";
  },
});

/** Word lists, moderation policy, report threshold and auto-close age. */
export async function updateCommentSettings(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return update(formData);
}
