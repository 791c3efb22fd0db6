"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { addLiveUpdate, deleteLiveUpdate, editLiveUpdate, endLiveCoverage, startLiveCoverage } from "@/lib/live/mutations";
import { addLiveUpdateSchema, deleteLiveUpdateSchema, editLiveUpdateSchema, liveArticleSchema } from "@/lib/live/schema";

// Live coverage of a piece (decision 192): editors and admins («live:manage»). Each write is
// audited and expires the piece's caches (lib/live/mutations.ts).

const refresh = (articleId: number) => {
  try {
    revalidatePath(`/admin/articles/${articleId}/live`);
  } catch {
    // outside a request (unit tests)
  }
};

const start = formAction("live:manage", liveArticleSchema, async ({ articleId }, user) => {
  await startLiveCoverage(user, articleId);
  refresh(articleId);
  return "بدأت التغطية المباشرة: يرى القراء التحديثات فور نشرها.";
});

const end = formAction("live:manage", liveArticleSchema, async ({ articleId }, user) => {
  await endLiveCoverage(user, articleId);
  refresh(articleId);
  return "انتهت التغطية المباشرة: صارت المادة مقالة عادية مع تحديثاتها.";
});

const add = formAction("live:manage", addLiveUpdateSchema, async ({ articleId, ...input }, user) => {
  const id = await addLiveUpdate(user, articleId, input);
  refresh(articleId);
  return { message: "نُشر التحديث.", data: { id } };
});

const edit = formAction("live:manage", editLiveUpdateSchema, async ({ id, ...input }, user) => {
  const articleId = await editLiveUpdate(user, id, input);
  refresh(articleId);
  return "حُفظ التعديل.";
});

const remove = formAction("live:manage", deleteLiveUpdateSchema, async ({ id }, user) => {
  const articleId = await deleteLiveUpdate(user, id);
  refresh(articleId);
  return "حُذف التحديث.";
});

export async function startLiveAction(prev: ActionState, form: FormData) {
  return start(prev, form);
}

export async function endLiveAction(prev: ActionState, form: FormData) {
  return end(prev, form);
}

export async function addLiveUpdateAction(prev: ActionState, form: FormData) {
  return add(prev, form);
}

export async function editLiveUpdateAction(prev: ActionState, form: FormData) {
  return edit(prev, form);
}

export async function deleteLiveUpdateAction(prev: ActionState, form: FormData) {
  return remove(prev, form);
}
