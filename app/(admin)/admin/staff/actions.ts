"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { HttpError } from "@/lib/http/errors";
import { resetTwoFactorOf } from "@/lib/auth/two-factor";
import { changeRole, createStaff, endSessions, setActive } from "@/lib/staff/mutations";
import { inviteStaff, resendInvitation, revokeInvitation } from "@/lib/staff/invitations";
import { changeRoleSchema, createStaffSchema, endSessionsSchema, invitationIdSchema, inviteSchema, setActiveSchema } from "@/lib/staff/schema";

/** The staff list shows roles, states and open sessions: show it fresh after a change. */
function refreshList() {
  try {
    revalidatePath("/admin/staff");
  } catch {
    // called outside a request (unit tests): nothing to refresh
  }
}

const create = formAction("staff:manage", createStaffSchema, async (input, user) => {
  const r = await createStaff(user, input);
  refreshList();
  return { message: "أُنشئ الحساب. أعطِ صاحبه كلمة المرور المؤقتة؛ سيُطلب منه تغييرها عند أول دخول.", data: r };
});
const role = formAction("staff:manage", changeRoleSchema, async (input, user) => {
  await changeRole(user, input.userId, input.role);
  refreshList();
  return "تغيّر الدور.";
});
const active = formAction("staff:manage", setActiveSchema, async (input, user) => {
  await setActive(user, input.userId, input.active);
  refreshList();
  return input.active ? "فُعّل الحساب." : "عُطّل الحساب.";
});
const sessions = formAction("staff:manage", endSessionsSchema, async (input, user) => {
  const ended = await endSessions(user, input.userId);
  refreshList();
  return ended === 0 ? "لا جلسات مفتوحة لإنهائها." : `أُنهيت الجلسات المفتوحة (${ended}).`;
});

const twoFactor = formAction("staff:manage", endSessionsSchema, async (input, user) => {
  if (input.userId === user.id) throw new HttpError(400, "invalid", "أوقف التحقق بخطوتين لحسابك من صفحة «حسابي».");
  const done = await resetTwoFactorOf(user, input.userId);
  refreshList();
  return done ? "أُعيد ضبط التحقق بخطوتين وانتهت جلساته؛ يفعّله من جديد عند دخوله." : "التحقق بخطوتين غير مفعّل لهذا الحساب.";
});

const invite = formAction("staff:manage", inviteSchema, async (input, user) => {
  await inviteStaff(user, input);
  refreshList();
  return `أُرسلت الدعوة إلى ${input.email}. الرابط صالح 72 ساعة.`;
});
const resend = formAction("staff:manage", invitationIdSchema, async (input, user) => {
  await resendInvitation(user, input.id);
  refreshList();
  return "أُرسلت الدعوة من جديد برابط جديد (الرابط السابق لم يعد يعمل).";
});
const revoke = formAction("staff:manage", invitationIdSchema, async (input, user) => {
  await revokeInvitation(user, input.id);
  refreshList();
  return "أُلغيت الدعوة.";
});

/** A lost phone: an admin turns a person's two-factor off (and ends their sessions). */
export async function resetTwoFactorAction(prev: ActionState, form: FormData) {
  return twoFactor(prev, form);
}
export async function inviteStaffAction(prev: ActionState, form: FormData) {
  return invite(prev, form);
}
export async function resendInvitationAction(prev: ActionState, form: FormData) {
  return resend(prev, form);
}
export async function revokeInvitationAction(prev: ActionState, form: FormData) {
  return revoke(prev, form);
}
export async function createStaffAction(prev: ActionState, form: FormData) {
  return create(prev, form);
}
export async function changeRoleAction(prev: ActionState, form: FormData) {
  return role(prev, form);
}
export async function setActiveAction(prev: ActionState, form: FormData) {
  return active(prev, form);
}
export async function endSessionsAction(prev: ActionState, form: FormData) {
  return sessions(prev, form);
}
