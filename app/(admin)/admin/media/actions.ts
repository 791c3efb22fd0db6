"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { deleteMedia, setMediaFocus, updateMediaMeta } from "@/lib/media/mutations";
import { mediaDeleteSchema, mediaFocusSchema, mediaMetaSchema } from "@/lib/media/schema";

// The library's changes: editors and admins only (media:manage); writers browse and choose.

/** The image page shows what was saved (its form's defaults, the crops): render it afresh. */
function refreshPage(id: number) {
  try {
    revalidatePath(`/admin/media/${id}`);
  } catch {
    // called outside a request (unit tests): nothing to refresh
  }
}

const saveMeta = formAction("media:manage", mediaMetaSchema, async (input, user) => {
  const { changed } = await updateMediaMeta(input, user);
  refreshPage(input.id);
  return changed.length ? "حُفظت بيانات الصورة، وتظهر للقراء الآن." : "لا تغيير لحفظه.";
});

const saveFocus = formAction("media:manage", mediaFocusSchema, async (input, user) => {
  const r = await setMediaFocus(input, user);
  refreshPage(input.id);
  return r.moved ? "حُفظت النقطة المحورية، وأُعيد قص الصور المشتقة." : "النقطة المحورية كما هي.";
});

const remove = formAction("media:manage", mediaDeleteSchema, async (input, user) => {
  const r = await deleteMedia(input, user);
  redirect(`/admin/media?deleted=${encodeURIComponent(r.name)}`);
});

export async function saveMediaMetaAction(prev: ActionState, form: FormData) {
  return saveMeta(prev, form);
}

export async function saveMediaFocusAction(prev: ActionState, form: FormData) {
  return saveFocus(prev, form);
}

export async function deleteMediaAction(prev: ActionState, form: FormData) {
  return remove(prev, form);
}
