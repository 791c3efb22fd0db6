"use server";

import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { saveSection } from "@/lib/taxonomy/mutations";
import { sectionSchema } from "@/lib/taxonomy/schema";

const save = formAction("taxonomy:manage", sectionSchema, async (input, user) => {
  await saveSection(input, user);
  return input.id ? "حُفظ القسم." : "أُضيف القسم.";
});

export async function saveSectionAction(prev: ActionState, form: FormData) {
  return save(prev, form);
}
