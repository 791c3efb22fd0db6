"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/auth/account";
import { clientHashFromHeaders } from "@/lib/auth/client";
import { newPasswordSchema } from "@/lib/auth/schema";
import { serverAction } from "@/lib/http/action";
import { HttpError } from "@/lib/http/errors";

const change = serverAction({
  permission: "signed-in",
  schema: newPasswordSchema,
  input: (raw) => {
    const f = (raw ?? {}) as Record<string, unknown>;
    return { current: f.current, password: f.password, confirm: f.confirm };
  },
  run: async (input, user) => {
    const r = await changeOwnPassword(user, input.current, input.password, clientHashFromHeaders(await requestHeaders()));
    if (!r.ok) throw new HttpError(400, "invalid", r.message, { [r.field]: r.message });
    return "تغيّرت كلمة المرور.";
  },
});

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
  const result = await change(form);
  if (result?.ok) redirect("/admin");
  return result;
}
