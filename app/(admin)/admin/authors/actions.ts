"use server";

import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { saveAuthor } from "@/lib/taxonomy/mutations";
import { authorSchema } from "@/lib/taxonomy/schema";

// The photo is uploaded first through /api/admin/media; the form carries its id.
const save = formAction("taxonomy:manage", authorSchema, async (input, user) => {
  await saveAuthor(input, user);
  return input.id ? "حُفظ الكاتب." : "أُضيف الكاتب.";
});

export async function saveAuthorAction(prev: ActionState, form: FormData) {
  return save(prev, form);
}
