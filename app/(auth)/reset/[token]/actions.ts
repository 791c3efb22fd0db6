"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { resetPassword } from "@/lib/auth/reset";
import { passwordFromLinkSchema } from "@/lib/auth/schema";
import { publicAction } from "@/lib/http/action";

const reset = publicAction({
  public: "the holder of a single-use, one-hour reset link chooses a new password",
  schema: passwordFromLinkSchema,
  run: async (input) => {
    await resetPassword(input.token, input.password);
    return "تغيّرت كلمة المرور.";
  },
});

/** A new password from a reset link; every session of the account ends. */
export async function resetPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const r = await reset(form);
  if (r?.ok) redirect("/login?done=reset");
  return r;
}
