"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { createWebhook, deleteWebhook, resendDelivery, rotateWebhookSecret, setWebhookPaused, updateWebhook } from "@/lib/webhooks/mutations";
import { createWebhookSchema, pauseWebhookSchema, resendDeliverySchema, updateWebhookSchema, webhookIdSchema } from "@/lib/webhooks/schema";

const refresh = (id?: number) => {
  try {
    revalidatePath("/admin/webhooks");
    if (id) revalidatePath(`/admin/webhooks/${id}`);
  } catch {
    // outside a request (unit tests)
  }
};

const create = formAction("webhook:manage", createWebhookSchema, async (input, user) => {
  const { id, secret } = await createWebhook(user, input);
  refresh();
  return { message: "سُجّلت الوجهة. انسخ سرّ التوقيع الآن: لن يظهر مرة أخرى.", data: { id, secret } };
});

const update = formAction("webhook:manage", updateWebhookSchema, async (input, user) => {
  await updateWebhook(user, input);
  refresh(input.id);
  return "حُفظت التعديلات.";
});

const pause = formAction("webhook:manage", pauseWebhookSchema, async (input, user) => {
  await setWebhookPaused(user, input.id, input.paused);
  refresh(input.id);
  return input.paused ? "أُوقفت الوجهة: لا يُرسل إليها شيء حتى تستأنفها." : "استُؤنفت الوجهة: يُرسل إليها ما انتظر.";
});

const remove = formAction("webhook:manage", webhookIdSchema, async (input, user) => {
  await deleteWebhook(user, input.id);
  refresh();
  redirect("/admin/webhooks");
});

const rotate = formAction("webhook:manage", webhookIdSchema, async (input, user) => {
  const secret = await rotateWebhookSecret(user, input.id);
  refresh(input.id);
  return { message: "تغيّر سرّ التوقيع. انسخه الآن: لن يظهر مرة أخرى، والإشعارات من الآن موقّعة به.", data: { secret } };
});

const resend = formAction("webhook:manage", resendDeliverySchema, async (input, user) => {
  const r = await resendDelivery(user, input.id);
  refresh(r.endpointId);
  const took = `${r.durationMs} ملّي ثانية`;
  return r.ok ? `أُرسل وقبله المستقبِل (${r.statusCode}، ${took}).` : `أُرسل ولم يقبله المستقبِل: ${r.statusCode ?? r.error ?? "بلا رد"} (${took}).`;
});

export async function createWebhookAction(prev: ActionState, form: FormData) {
  return create(prev, form);
}
export async function updateWebhookAction(prev: ActionState, form: FormData) {
  return update(prev, form);
}
export async function pauseWebhookAction(prev: ActionState, form: FormData) {
  return pause(prev, form);
}
export async function deleteWebhookAction(prev: ActionState, form: FormData) {
  return remove(prev, form);
}
export async function rotateWebhookSecretAction(prev: ActionState, form: FormData) {
  return rotate(prev, form);
}
export async function resendDeliveryAction(prev: ActionState, form: FormData) {
  return resend(prev, form);
}
