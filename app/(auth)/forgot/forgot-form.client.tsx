"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/action";
import { forgotPasswordAction } from "./actions";

export function ForgotForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(forgotPasswordAction, null);
  if (state?.ok) {
    return (
      <p className="auth-notice" role="status">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action}>
      {state && !state.ok && (
        <p className="auth-error" role="alert">
          {state.errors?.email ?? state.message}
        </p>
      )}
      <label>
        البريد الإلكتروني
        <input name="email" type="email" autoComplete="username" required dir="ltr" />
      </label>
      <button type="submit" disabled={pending}>
        أرسل رابط إعادة التعيين
      </button>
    </form>
  );
}
