"use server";

import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { changeRole, createStaff, setActive } from "@/lib/staff/mutations";
import { changeRoleSchema, createStaffSchema, setActiveSchema } from "@/lib/staff/schema";

const create = formAction("staff:manage", createStaffSchema, async (input, user) => {
  const r = await createStaff(user, input);
  return { message: "أُنشئ الحساب. أعطِ صاحبه كلمة المرور المؤقتة؛ سيُطلب منه تغييرها عند أول دخول.", data: r };
});
const role = formAction("staff:manage", changeRoleSchema, async (input, user) => {
  await changeRole(user, input.userId, input.role);
  return "تغيّر الدور.";
});
const active = formAction("staff:manage", setActiveSchema, async (input, user) => {
  await setActive(user, input.userId, input.active);
  return input.active ? "فُعّل الحساب." : "عُطّل الحساب.";
});

export async function createStaffAction(prev: ActionState, form: FormData) {
  return create(prev, form);
}
export async function changeRoleAction(prev: ActionState, form: FormData) {
  return role(prev, form);
}
export async function setActiveAction(prev: ActionState, form: FormData) {
  return active(prev, form);
}
