"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { actionResult, invalid, type ActionState } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/auth/account";
import { clientHashFromHeaders } from "@/lib/auth/client";
import { requireUser } from "@/lib/auth/guard";
import { newPasswordSchema } from "@/lib/auth/schema";

/** The request's headers; none when called outside a request (unit tests call actions directly). */
async function requestHeaders(): Promise<Headers> {
  try {
    return new Headers(await headers());
  } catch {
    return new Headers();
  }
}

/**
 * Any signed-in staff member changes their own password (required after a one-time one).
 * The current password is required; every other session of the account ends.
 */
export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await actionResult(async () => {
    const user = await requireUser();
    const parsed = newPasswordSchema.safeParse({ current: form.get("current"), password: form.get("password"), confirm: form.get("confirm") });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
      return invalid(errors);
    }
    const r = await changeOwnPassword(user, parsed.data.current, parsed.data.password, clientHashFromHeaders(await requestHeaders()));
    if (!r.ok) return invalid({ [r.field]: r.message });
    return { ok: true };
  });
  if (result?.ok) redirect("/admin");
  return result;
}
