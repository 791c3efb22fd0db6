"use server";

import { redirect } from "next/navigation";
import { actionResult, invalid, type ActionState } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/auth/account";
import { requireUser } from "@/lib/auth/guard";
import { newPasswordSchema } from "@/lib/auth/schema";

/** Any signed-in staff member changes their own password (required after a one-time one). */
export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await actionResult(async () => {
    const user = await requireUser();
    const parsed = newPasswordSchema.safeParse({ password: form.get("password"), confirm: form.get("confirm") });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
      return invalid(errors);
    }
    await changeOwnPassword(user.id, parsed.data.password);
    return { ok: true };
  });
  if (result?.ok) redirect("/admin");
  return result;
}
