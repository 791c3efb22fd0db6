"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/action";

/** A form bound to a moderation action, showing its outcome (most successes redirect instead). */
export function ActionForm({
  action,
  className,
  children,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  className?: string;
  children: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className={className}>
      {state && !state.ok && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state?.ok && state.message && (
        <p className="notice" role="status">
          {state.message}
        </p>
      )}
      {children}
    </form>
  );
}
