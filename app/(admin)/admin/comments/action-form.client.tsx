"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/action";

/** A form bound to a moderation action, showing its refusal (success redirects). */
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
      {children}
    </form>
  );
}
