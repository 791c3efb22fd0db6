"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { baghdadWallTimeToDate, formatArabicDateTime } from "@/lib/dates/format";
import { applyMove, formToSlots } from "@/lib/front/form";
import { publishFront, restoreFront, saveFrontDraft, scheduleFront, unscheduleFront } from "@/lib/front/mutations";
import { frontFormSchema, frontRestoreSchema, frontUnscheduleSchema, parseIntent } from "@/lib/front/schema";

const refresh = () => {
  try {
    revalidatePath("/admin/front");
  } catch {
    // outside a request (unit tests)
  }
};

// One form, several buttons (decision 183): «احفظ المسودة», «عاين», «انشر الآن», «جدول» and,
// without JavaScript, the «أعلى/أسفل» buttons, which save the draft in the new order.
const arrange = formAction("front:arrange", frontFormSchema, async (f, user) => {
  const intent = parseIntent(f.intent);
  const slots = formToSlots(f);
  if (typeof intent !== "string") {
    await saveFrontDraft(applyMove(slots, intent), user);
    refresh();
    return "نُقل الخبر وحُفظت المسودة.";
  }
  switch (intent) {
    case "save":
      await saveFrontDraft(slots, user);
      refresh();
      return "حُفظت المسودة. لا يراها القرّاء قبل النشر.";
    case "preview": {
      const { id } = await saveFrontDraft(slots, user);
      redirect(`/admin/front/preview/${id}`);
    }
    // falls through never: redirect throws
    case "publish":
      await publishFront(slots, user);
      refresh();
      return "نُشر الترتيب: يراه القرّاء الآن في الصفحة الأولى.";
    case "schedule": {
      const at = baghdadWallTimeToDate(f.publishDay!, f.publishTime!);
      await scheduleFront(slots, at, user);
      refresh();
      return `جُدول الترتيب للنشر في ${formatArabicDateTime(at)} (بتوقيت بغداد).`;
    }
  }
});

const restore = formAction("front:arrange", frontRestoreSchema, async (input, user) => {
  await restoreFront(input.id, user);
  refresh();
  redirect("/admin/front/history?done=restore");
});

const unschedule = formAction("front:arrange", frontUnscheduleSchema, async (input, user) => {
  await unscheduleFront(input.id, user);
  refresh();
  return "أُلغيت الجدولة.";
});

export async function arrangeFrontAction(prev: ActionState, form: FormData) {
  return arrange(prev, form);
}

export async function restoreFrontAction(prev: ActionState, form: FormData) {
  return restore(prev, form);
}

export async function unscheduleFrontAction(prev: ActionState, form: FormData) {
  return unschedule(prev, form);
}
