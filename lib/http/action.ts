import "server-only";
import type { z } from "zod";
import { actionResult, invalid, type ActionState } from "@/lib/auth/action";
import { requirePermission, requireUser, type CurrentUser } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/permissions";
import { zodFieldErrors } from "./errors";

// The one builder for server actions (decision 094): the guard, the shared zod schema and
// the handler are declared together, so an action cannot forget the guard, the validation
// or the error mapping (lib/http/errors.ts). Actions receive either a FormData (forms) or a
// plain value (the editor's direct calls); both go through the same steps:
//   guard → shape the raw input → schema.safeParse → run → typed Arabic ActionState.
// A foreign Origin never reaches an action: Next refuses it first, and scripts/serve.mjs
// answers that refusal with 403 (Next alone would answer 500).

/** "signed-in": any active staff member; the handler checks ownership itself. */
export type Guard = Permission | "signed-in";

export type ActionOutcome<T> = string | { message?: string; data?: T };

export type ActionSpec<S extends z.ZodType, T> = {
  permission: Guard;
  schema: S;
  /** Reshape the raw input before validation (e.g. a button value "approve:12"). */
  input?: (raw: unknown) => unknown;
  /** Show the first field's message as the overall one (forms without per-field slots). */
  firstIssueAsMessage?: boolean;
  run: (input: z.infer<S>, user: CurrentUser) => Promise<ActionOutcome<T>>;
};

/** A form's fields as an object: repeated names become arrays. */
export function formObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

export function serverAction<S extends z.ZodType, T = unknown>(spec: ActionSpec<S, T>): (raw: unknown) => Promise<ActionState<T>> {
  return (raw) =>
    actionResult<T>(async () => {
      const user = spec.permission === "signed-in" ? await requireUser() : await requirePermission(spec.permission);
      const value = raw instanceof FormData ? formObject(raw) : raw;
      const parsed = spec.schema.safeParse(spec.input ? spec.input(value) : value);
      if (!parsed.success) {
        const errors = zodFieldErrors(parsed.error);
        return invalid(errors, spec.firstIssueAsMessage ? parsed.error.issues[0]?.message : undefined);
      }
      const r = await spec.run(parsed.data, user);
      return typeof r === "string" ? { ok: true, message: r } : { ok: true, ...r };
    });
}

export type PublicActionSpec<S extends z.ZodType, T> = Omit<ActionSpec<S, T>, "permission" | "run"> & {
  /** Why no sign-in is needed (the authorization matrix lists it as public). */
  public: string;
  run: (input: z.infer<S>) => Promise<ActionOutcome<T>>;
};

/**
 * serverAction() for the few actions a signed-out person uses by design (a forgotten password,
 * accepting an invitation): the same shaping, schema and error mapping, no guard. Whatever
 * they may do is decided by what they hold (a link's token) and by rate limits in `run`.
 */
export function publicAction<S extends z.ZodType, T = unknown>(spec: PublicActionSpec<S, T>): (raw: unknown) => Promise<ActionState<T>> {
  return (raw) =>
    actionResult<T>(async () => {
      const value = raw instanceof FormData ? formObject(raw) : raw;
      const parsed = spec.schema.safeParse(spec.input ? spec.input(value) : value);
      if (!parsed.success) {
        const errors = zodFieldErrors(parsed.error);
        return invalid(errors, spec.firstIssueAsMessage ? parsed.error.issues[0]?.message : undefined);
      }
      const r = await spec.run(parsed.data);
      return typeof r === "string" ? { ok: true, message: r } : { ok: true, ...r };
    });
}
