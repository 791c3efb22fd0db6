"use server";

import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { updateSettings } from "@/lib/settings/mutations";
import { settingsSchema } from "@/lib/settings/schema";

const update = formAction("settings:manage", settingsSchema, async (input, user) => {
  await updateSettings(user, input);
  return "حُفظت الإعدادات.";
});

export async function updateSettingsAction(prev: ActionState, form: FormData) {
  return update(prev, form);
}
