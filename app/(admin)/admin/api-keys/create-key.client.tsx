"use client";

import { useKeptForm } from "@/components/admin/use-kept-form";
import type { ActionState } from "@/lib/auth/action";

/** Create a key; its secret is shown here once (the server keeps only its hash). */
export function CreateKeyForm({ action }: { action: (prev: ActionState, form: FormData) => Promise<ActionState> }) {
  const { state, pending, form } = useKeptForm(action);
  const error = (n: string) => (state && !state.ok ? state.errors?.[n] : undefined);
  const secret = state?.ok ? (state.data as { secret?: string } | undefined)?.secret : undefined;
  return (
    <>
      <form {...form} aria-label="إنشاء مفتاح">
        <label className="field">
          <span>اسم المفتاح</span>
          <input name="name" required maxLength={80} placeholder="تطبيق الهاتف" />
          {error("name") && <span className="field-error">{error("name")}</span>}
        </label>
        <label className="field">
          <span>الأصول المسموح بها من المتصفح (اختياري، واحد في كل سطر)</span>
          <textarea name="origins" rows={2} dir="ltr" placeholder="https://app.example.com" />
          <small className="muted">اتركه فارغاً لمفتاح تستعمله الخوادم والتطبيقات فقط: تُرفض به الطلبات القادمة من صفحات المتصفح.</small>
          {error("origins") && <span className="field-error">{error("origins")}</span>}
        </label>
        <button type="submit" disabled={pending}>
          أنشئ المفتاح
        </button>
        {state && (
          <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
            {state.message}
          </p>
        )}
      </form>
      {secret && (
        <div className="api-key-secret" role="region" aria-label="المفتاح الجديد">
          <p>المفتاح (يظهر هذه المرة فقط):</p>
          <code dir="ltr" data-testid="api-key-secret">
            {secret}
          </code>
        </div>
      )}
    </>
  );
}
