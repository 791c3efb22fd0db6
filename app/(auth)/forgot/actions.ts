"use server";

import { headers } from "next/headers";
import type { ActionState } from "@/lib/auth/action";
import { clientHashFromHeaders } from "@/lib/auth/client";
import { requestPasswordReset, RESET_SENT } from "@/lib/auth/reset";
import { forgotPasswordSchema } from "@/lib/auth/schema";
import { publicAction } from "@/lib/http/action";

const forgot = publicAction({
  public: "a signed-out person asks for a reset link; same answer for every address, limited per address and client",
  schema: forgotPasswordSchema,
  input: (raw) => ({ email: (raw as Record<string, unknown> | null)?.email }),
  run: async (input) => {
    await requestPasswordReset(input.email, clientHashFromHeaders(await requestHeaders()));
    return RESET_SENT;
  },
});

async function requestHeaders(): Promise<Headers> {
  try {
    return new Headers(await headers());
  } catch {
    return new Headers();
  }
}

/** «نسيت كلمة المرور؟»: one answer whether or not the address has an account. */
export async function forgotPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return forgot(form);
}
