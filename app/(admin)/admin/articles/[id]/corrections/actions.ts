"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { addCorrection, editCorrection, withdrawCorrection } from "@/lib/corrections/mutations";
import { addCorrectionSchema, editCorrectionSchema, withdrawCorrectionSchema } from "@/lib/corrections/schema";

// Corrections on a published piece (decision 195): add, edit (every version kept), withdraw
// with a reason. There is deliberately no delete.

const refresh = () => {
  try {
    revalidatePath("/admin/articles/[id]/corrections", "page");
  } catch {
    // outside a request (unit tests)
  }
};

const add = formAction("correction:manage", addCorrectionSchema, async (input, user) => {
  await addCorrection(user, input);
  refresh();
  return "نُشر التصحيح: يراه القراء الآن على المقال وفي صفحة التصحيحات.";
});

const edit = formAction("correction:manage", editCorrectionSchema, async (input, user) => {
  const changed = await editCorrection(user, input);
  refresh();
  return changed ? "عُدّل التصحيح، وبقيت نسخته السابقة في السجل. يرى القراء أنه عُدّل ومتى." : "لم يتغيّر شيء في التصحيح.";
});

const withdraw = formAction("correction:manage", withdrawCorrectionSchema, async (input, user) => {
  await withdrawCorrection(user, input);
  refresh();
  return "سُحب التصحيح من صفحات القراء. يبقى هنا مع سببه لفريق التحرير.";
});

export async function addCorrectionAction(prev: ActionState, form: FormData) {
  return add(prev, form);
}

export async function editCorrectionAction(prev: ActionState, form: FormData) {
  return edit(prev, form);
}

export async function withdrawCorrectionAction(prev: ActionState, form: FormData) {
  return withdraw(prev, form);
}
