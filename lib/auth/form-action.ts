import "server-only";
import type { z } from "zod";
import { DuplicateError } from "@/lib/taxonomy/mutations";
import { actionResult, invalid, type ActionState } from "./action";
import { requirePermission, type CurrentUser } from "./guard";
import type { Permission } from "./permissions";

/**
 * The shape of every form action in the dashboard: guard first, then validate with
 * the shared zod schema, then run. Refusals come back as typed Arabic states.
 */
export function formAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  run: (input: z.infer<S>, user: CurrentUser) => Promise<string | { message: string; data?: unknown }>,
) {
  return async (_prev: ActionState, form: FormData): Promise<ActionState> =>
    actionResult(async () => {
      const user = await requirePermission(permission);
      const raw = Object.fromEntries([...form.keys()].map((k) => [k, form.getAll(k).length > 1 ? form.getAll(k) : form.get(k)]));
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const errors: Record<string, string> = {};
        for (const i of parsed.error.issues) errors[String(i.path[0] ?? "form")] ??= i.message;
        return invalid(errors);
      }
      try {
        const r = await run(parsed.data, user);
        return typeof r === "string" ? { ok: true, message: r } : { ok: true, message: r.message, data: r.data };
      } catch (e) {
        if (e instanceof DuplicateError) return invalid({ [e.field]: e.message });
        throw e;
      }
    });
}
