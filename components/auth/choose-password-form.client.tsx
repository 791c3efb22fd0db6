"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/action";

/** Choose a password from a link (reset or invitation); works without JavaScript too. */
export function ChoosePasswordForm({
  action,
  token,
  email,
  submitLabel,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  token: string;
  email: string;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const err = (n: string) => (state && !state.ok ? state.errors?.[n] : undefined);
  // A refusal about one field is shown under that field only; anything else above the form.
  const fieldError = Boolean(err("password") || err("confirm"));
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers save the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {state && !state.ok && (err("form") || !fieldError) && (
        <p className="auth-error" role="alert">
          {err("form") ?? state.message}
        </p>
      )}
      <label>
        كلمة المرور الجديدة
        <input name="password" type="password" autoComplete="new-password" required minLength={10} dir="ltr" aria-invalid={err("password") ? true : undefined} aria-describedby={err("password") ? "password-error password-hint" : "password-hint"} />
        <small id="password-hint" className="auth-hint">
          عشرة أحرف على الأقل. عبارة طويلة من كلمات تتذكرها أفضل من كلمة قصيرة معقدة؛ الكلمات الشائعة مرفوضة.
        </small>
        {err("password") && (
          <span id="password-error" className="auth-error" role="alert">
            {err("password")}
          </span>
        )}
      </label>
      <label>
        تأكيد كلمة المرور
        <input name="confirm" type="password" autoComplete="new-password" required dir="ltr" aria-invalid={err("confirm") ? true : undefined} aria-describedby={err("confirm") ? "confirm-error" : undefined} />
        {err("confirm") && (
          <span id="confirm-error" className="auth-error" role="alert">
            {err("confirm")}
          </span>
        )}
      </label>
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
