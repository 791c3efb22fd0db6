import "server-only";
import { toFailure, type FailureCode } from "@/lib/http/errors";

/** What every admin server action returns (for useActionState and direct calls). */
export type ActionState<T = unknown> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; code: Exclude<FailureCode, "forbidden_origin">; message: string; errors?: Record<string, string> }
  | null;

export const invalid = (errors: Record<string, string>, message = "راجع الحقول المعلّمة.") => ({ ok: false as const, code: "invalid" as const, message, errors });

/**
 * Turn the domain's refusals into typed, Arabic states (the mapping is lib/http/errors.ts,
 * shared with the route handlers); anything else is a real error. New actions use
 * serverAction() in lib/http/action.ts, which calls this.
 */
export async function actionResult<T>(fn: () => Promise<ActionState<T>>): Promise<ActionState<T>> {
  try {
    return await fn();
  } catch (e) {
    const f = toFailure(e);
    if (!f) throw e;
    const code = f.code === "forbidden_origin" ? "forbidden" : f.code;
    return { ok: false, code, message: f.message, ...(f.errors ? { errors: f.errors } : {}) };
  }
}
