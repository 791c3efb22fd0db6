"use client";

import { useKeptForm } from "@/components/admin/use-kept-form";
import { changePasswordAction } from "./actions";

export function PasswordForm() {
  const { state, pending, form } = useKeptForm(changePasswordAction);
  return (
    <form {...form}>
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
