"use server";

import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { saveSupplement } from "@/lib/taxonomy/mutations";
import { supplementSchema } from "@/lib/taxonomy/schema";

const save = formAction("taxonomy:manage", supplementSchema, async (input, user) => {
  await saveSupplement(input, user);
  return input.id ? "حُفظ الملحق." : "أُضيف الملحق.";
});

export async function saveSupplementAction(prev: ActionState, form: FormData) {
  return save(prev, form);
}
