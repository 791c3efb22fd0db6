"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/auth/action";
import { clientHashFromHeaders } from "@/lib/auth/client";
import { endOtherSessions, endOwnSession } from "@/lib/auth/sessions";
import { secondFactorProofSchema, sessionIdSchema } from "@/lib/auth/schema";
import { disableTwoFactor, replaceRecoveryCodes } from "@/lib/auth/two-factor";
import { serverAction } from "@/lib/http/action";
import { HttpError } from "@/lib/http/errors";
import { z } from "@/lib/validation/zod";

// A staff member's own account (decision 132): their sessions and their two-factor sign-in.
// Every action acts on the signed-in person only; an admin acts on others from /admin/staff.

async function clientHash(): Promise<string> {
  try {
    return clientHashFromHeaders(new Headers(await headers()));
  } catch {
    return clientHashFromHeaders(new Headers());
  }
}

/** The page lists sessions and the two-factor state: show it fresh after a change. */
function refreshPage() {
  try {
    revalidatePath("/admin/account");
  } catch {
    // called outside a request (unit tests): nothing to refresh
  }
}

const endOne = serverAction({
  permission: "signed-in",
  schema: sessionIdSchema,
  run: async (input, user) => {
    if (!(await endOwnSession(user, input.session))) throw new HttpError(404, "not_found", "الجلسة غير موجودة أو انتهت من قبل.");
    refreshPage();
    return "انتهت الجلسة.";
  },
});

const endOthers = serverAction({
  permission: "signed-in",
  schema: z.object({}),
  run: async (_input, user) => {
    const n = await endOtherSessions(user);
    refreshPage();
    return n === 0 ? "لا جلسات أخرى مفتوحة." : n === 1 ? "انتهت جلستك الأخرى." : `انتهت جلساتك الأخرى (${n}).`;
  },
});

const disable = serverAction({
  permission: "signed-in",
  schema: secondFactorProofSchema,
  run: async (input, user) => {
    const r = await disableTwoFactor(user, { ...input, clientHash: await clientHash() });
    if (!r.ok) throw new HttpError(400, "invalid", r.message, { [r.field]: r.message });
    refreshPage();
    return "أُوقف التحقق بخطوتين لحسابك.";
  },
});

const replaceCodes = serverAction({
  permission: "signed-in",
  schema: secondFactorProofSchema,
  run: async (input, user) => {
    const r = await replaceRecoveryCodes(user, { ...input, clientHash: await clientHash() });
    if (!r.ok) throw new HttpError(400, "invalid", r.message, { [r.field]: r.message });
    refreshPage();
    return { message: "صدرت رموز استرداد جديدة؛ الرموز السابقة لم تعد تعمل.", data: { codes: r.codes } };
  },
});

export async function endSessionAction(_prev: ActionState, form: FormData) {
  return endOne(form);
}
export async function endOtherSessionsAction(_prev: ActionState, form: FormData) {
  return endOthers(form);
}
export async function disableTwoFactorAction(_prev: ActionState, form: FormData) {
  return disable(form);
}
export async function replaceRecoveryCodesAction(_prev: ActionState, form: FormData) {
  return replaceCodes(form);
}
