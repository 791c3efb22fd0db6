"use client";

import { useActionState } from "react";
import { changePasswordAction, type PasswordState } from "./actions";

export function PasswordForm() {
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePasswordAction, null);
  return (
    <form action={action}>
      <label>
        كلمة المرور الجديدة
        <input name="password" type="password" autoComplete="new-password" required dir="ltr" />
        {state?.errors?.password && <span className="auth-error">{state.errors.password}</span>}
      </label>
      <label>
        تأكيد كلمة المرور
        <input name="confirm" type="password" autoComplete="new-password" required dir="ltr" />
        {state?.errors?.confirm && <span className="auth-error">{state.errors.confirm}</span>}
      </label>
      <button type="submit" disabled={pending}>
        حفظ
      </button>
    </form>
  );
}
