"use client";

import Link from "next/link";
import { useActionState } from "react";
import { RecoveryCodes } from "@/components/admin/recovery-codes";
import type { ActionState } from "@/lib/auth/action";
import { confirmTwoFactorAction } from "./actions";

/** The steps (QR code, key) until the first code is accepted; then only the recovery codes. */
export function EnrolForm({ steps }: { steps: React.ReactNode }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(confirmTwoFactorAction, null);
  const codes = state?.ok ? (state.data as { codes?: string[] } | undefined)?.codes : undefined;
  if (codes) {
    return (
      <div>
        <p className="auth-notice" role="status">
          {state?.message}
        </p>
        <RecoveryCodes codes={codes} />
        <p className="auth-links">
          <Link href="/admin">متابعة إلى لوحة التحرير</Link>
        </p>
      </div>
    );
  }
  const error = state && !state.ok ? state.message : null;
  return (
    <>
      {steps}
      <form action={action} noValidate>
        {error && (
          <p className="auth-error" role="alert">
            {error}
          </p>
        )}
        <label>
          الرمز من التطبيق
          <input name="code" type="text" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" required dir="ltr" maxLength={8} />
        </label>
        <button type="submit" disabled={pending}>
          {pending ? "جارٍ التحقق…" : "تفعيل"}
        </button>
      </form>
    </>
  );
}
