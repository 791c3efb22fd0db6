import "server-only";
import type { z } from "zod";
import { serverAction, type ActionOutcome } from "@/lib/http/action";
import type { ActionState } from "./action";
import type { CurrentUser } from "./guard";
import type { Permission } from "./permissions";

/**
 * A dashboard form action for useActionState: serverAction() (lib/http/action.ts) with the
 * (previous state, form data) signature React passes.
 */
export function formAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  run: (input: z.infer<S>, user: CurrentUser) => Promise<ActionOutcome<unknown>>,
) {
  const act = serverAction({ permission, schema, run });
  return (_prev: ActionState, form: FormData): Promise<ActionState> => act(form);
}
