"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { retryMail } from "@/lib/mail/outbox";
import { retryMailSchema } from "@/lib/mail/schema";

const retry = formAction("mail:outbox", retryMailSchema, async (input, user) => {
  const where = await retryMail(user, input.id);
  try {
    revalidatePath("/admin/outbox");
  } catch {
    // outside a request (unit tests)
  }
  return where === "queued" ? "أُعيدت الرسالة إلى طابور الإرسال." : "لا خادم بريد مضبوطاً: نُقلت الرسالة إلى الصندوق المحلي.";
});

export async function retryMailAction(prev: ActionState, form: FormData) {
  return retry(prev, form);
}
