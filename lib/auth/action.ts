import "server-only";
import { ConflictError, NotFoundError, StateError } from "@/lib/articles/errors";
import { AuthError } from "./guard";

/** What every admin server action returns (for useActionState and direct calls). */
export type ActionState<T = unknown> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; code: "unauthorized" | "forbidden" | "invalid" | "conflict" | "not_found" | "state"; message: string; errors?: Record<string, string> }
  | null;

export const invalid = (errors: Record<string, string>, message = "راجع الحقول المعلّمة.") => ({ ok: false as const, code: "invalid" as const, message, errors });

/** Turn the domain's refusals into typed, Arabic states; anything else is a real error. */
export async function actionResult<T>(fn: () => Promise<ActionState<T>>): Promise<ActionState<T>> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AuthError) return { ok: false, code: e.status === 401 ? "unauthorized" : "forbidden", message: e.message };
    if (e instanceof ConflictError) return { ok: false, code: "conflict", message: e.message };
    if (e instanceof NotFoundError) return { ok: false, code: "not_found", message: e.message };
    if (e instanceof StateError) return { ok: false, code: "state", message: e.message };
    if (e instanceof Error && "errors" in e && typeof e.errors === "object") return invalid(e.errors as Record<string, string>, e.message);
    throw e;
  }
}
