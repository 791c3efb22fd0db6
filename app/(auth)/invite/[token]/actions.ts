"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { passwordFromLinkSchema } from "@/lib/auth/schema";
import { publicAction } from "@/lib/http/action";
import { acceptInvitation } from "@/lib/staff/invitations";

const accept = publicAction({
  public: "the holder of a single-use, 72-hour invitation link chooses their password",
  schema: passwordFromLinkSchema,
  run: async (input) => {
    await acceptInvitation(input.token, input.password);
    return "فُعّل الحساب.";
  },
});

/** The invited person chooses their password; the account is made, then they sign in. */
export async function acceptInvitationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const r = await accept(form);
  if (r?.ok) redirect("/login?done=invite");
  return r;
}
