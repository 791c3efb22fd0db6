"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/action";
import { changePasswordAction } from "./actions";

export function PasswordForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(changePasswordAction, null);
  return (
    <form action={action}>
      <label>
        كلمة المرور الحالية
        <input name="current" type="password" autoComplete="current-password" required dir="ltr" />
        {state && !state.ok && state.errors?.current && <span className="auth-error">{state.errors?.current}</span>}
      </label>
      <label>
        كلمة المرور الجديدة
        <input name="password" type="password" autoComplete="new-password" required dir="ltr" />
        {state && !state.ok && state.errors?.password && <span className="auth-error">{state.errors?.password}</span>}
      </label>
      <label>
        تأكيد كلمة المرور
        <input name="confirm" type="password" autoComplete="new-password" required dir="ltr" />
        {state && !state.ok && state.errors?.confirm && <span className="auth-error">{state.errors?.confirm}</span>}
      </label>
      <button type="submit" disabled={pending}>
        حفظ
      </button>
    </form>
  );
}
