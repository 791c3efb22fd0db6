"use client";

import { RecoveryCodes } from "@/components/admin/recovery-codes";
import { useKeptForm } from "@/components/admin/use-kept-form";
import type { ActionState } from "@/lib/auth/action";

/** A password + code form whose success shows new recovery codes (once). */
export function CodesForm({ action, submitLabel, title }: { action: (prev: ActionState, form: FormData) => Promise<ActionState>; submitLabel: string; title: string }) {
  const { state, pending, form } = useKeptForm(action);
  const codes = state?.ok ? (state.data as { codes?: string[] } | undefined)?.codes : undefined;
  const error = (n: string) => (state && !state.ok ? state.errors?.[n] : undefined);
  return (
    <>
      <form {...form} className="filters" aria-label={title}>
        <label className="field">
          <span>كلمة المرور</span>
          <input name="password" type="password" autoComplete="current-password" dir="ltr" required />
          {error("password") && <span className="field-error">{error("password")}</span>}
        </label>
        <label className="field">
          <span>رمز من التطبيق أو رمز استرداد</span>
          <input name="code" type="text" autoComplete="one-time-code" dir="ltr" required maxLength={20} />
          {error("code") && <span className="field-error">{error("code")}</span>}
        </label>
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
        {state && (
          <span className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
            {state.message}
          </span>
        )}
      </form>
      {codes && <RecoveryCodes codes={codes} />}
    </>
  );
}
