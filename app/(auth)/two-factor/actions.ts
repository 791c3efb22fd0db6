"use server";

import type { ActionState } from "@/lib/auth/action";
import { secondFactorSchema } from "@/lib/auth/schema";
import { confirmEnrolment } from "@/lib/auth/two-factor";
import { serverAction } from "@/lib/http/action";
import { HttpError } from "@/lib/http/errors";

const confirm = serverAction({
  permission: "signed-in",
  schema: secondFactorSchema.pick({ code: true }),
  run: async (input, user) => {
    const r = await confirmEnrolment(user, input.code);
    if (!r.ok) throw new HttpError(400, "invalid", r.message, { code: r.message });
    return { message: "فُعّل التحقق بخطوتين.", data: { codes: r.codes } };
  },
});

/** The first code from the app turns two-factor on; the answer carries the recovery codes, once. */
export async function confirmTwoFactorAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return confirm(form);
}
