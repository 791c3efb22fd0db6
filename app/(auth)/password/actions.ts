"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/auth/account";
import { newPasswordSchema } from "@/lib/auth/schema";
import { serverAction } from "@/lib/http/action";

const change = serverAction({
  permission: "signed-in",
  schema: newPasswordSchema,
  input: (raw) => {
    const f = (raw ?? {}) as Record<string, unknown>;
    return { password: f.password, confirm: f.confirm };
  },
  run: async (input, user) => {
    await changeOwnPassword(user.id, input.password);
    return "تغيّرت كلمة المرور.";
  },
});

/** Any signed-in staff member changes their own password (required after a one-time one). */
export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await change(form);
  if (result?.ok) redirect("/admin");
  return result;
}
