"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/auth/action";
import { formAction } from "@/lib/auth/form-action";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/mutations";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/api-keys/schema";

const refresh = () => {
  try {
    revalidatePath("/admin/api-keys");
  } catch {
    // outside a request (unit tests)
  }
};

const create = formAction("apikey:manage", createApiKeySchema, async (input, user) => {
  const { secret } = await createApiKey(user, { name: input.name, origins: input.origins });
  refresh();
  return { message: "أُنشئ المفتاح. انسخه الآن: لن يظهر مرة أخرى.", data: { secret } };
});

const revoke = formAction("apikey:manage", revokeApiKeySchema, async (input, user) => {
  await revokeApiKey(user, input.id);
  refresh();
  return "أُلغي المفتاح: تُرفض الطلبات التي تحمله من الآن.";
});

export async function createApiKeyAction(prev: ActionState, form: FormData) {
  return create(prev, form);
}

export async function revokeApiKeyAction(prev: ActionState, form: FormData) {
  return revoke(prev, form);
}
