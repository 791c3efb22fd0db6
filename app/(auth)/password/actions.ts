"use server";

import { redirect } from "next/navigation";
import { changeOwnPassword } from "@/lib/auth/account";
import { requireUser } from "@/lib/auth/guard";
import { newPasswordSchema } from "@/lib/auth/schema";

export type PasswordState = { errors?: Partial<Record<"password" | "confirm", string>> } | null;

/** Any signed-in staff member changes their own password (required after a one-time one). */
export async function changePasswordAction(_prev: PasswordState, form: FormData): Promise<PasswordState> {
  const user = await requireUser();
  const parsed = newPasswordSchema.safeParse({ password: form.get("password"), confirm: form.get("confirm") });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
    return { errors };
  }
  await changeOwnPassword(user.id, parsed.data.password);
  redirect("/admin");
}
