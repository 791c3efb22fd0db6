"use server";

import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { saveTag } from "@/lib/taxonomy/mutations";
import { tagSchema } from "@/lib/taxonomy/schema";

const save = formAction("taxonomy:manage", tagSchema, async (input, user) => {
  await saveTag(input, user);
  return input.id ? "حُفظ الوسم." : "أُضيف الوسم.";
});

export async function saveTagAction(prev: ActionState, form: FormData) {
  return save(prev, form);
}
