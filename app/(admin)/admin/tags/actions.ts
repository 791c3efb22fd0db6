"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { saveTag } from "@/lib/taxonomy/mutations";
import { tagDeleteSchema, tagMergeSchema, tagSchema } from "@/lib/taxonomy/schema";
import { deleteTag, mergeTag } from "@/lib/taxonomy/tags";
import { tagsScreenPath } from "./paths";

const save = formAction("taxonomy:manage", tagSchema, async (input, user) => {
  await saveTag(input, user);
  return input.id ? "حُفظ الوسم." : "أُضيف الوسم.";
});

// Merge and delete answer the confirmation step (decision 146) by going back to the list,
// which says what was done; a refusal stays on the step with its Arabic reason.
const merge = formAction("taxonomy:manage", tagMergeSchema, async (input, user) => {
  const r = await mergeTag(input, user);
  redirect(tagsScreenPath({ q: r.into, done: "merge", name: r.from, into: r.into }));
});

const remove = formAction("taxonomy:manage", tagDeleteSchema, async (input, user) => {
  const r = await deleteTag(input, user);
  redirect(tagsScreenPath({ q: input.q, page: input.page, done: "delete", name: r.name }));
});

export async function saveTagAction(prev: ActionState, form: FormData) {
  return save(prev, form);
}

export async function mergeTagAction(prev: ActionState, form: FormData) {
  return merge(prev, form);
}

export async function deleteTagAction(prev: ActionState, form: FormData) {
  return remove(prev, form);
}
