"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/action";

export type FieldDef = { name: string; label: string; type?: "text" | "number" | "textarea" | "select" | "password" | "email"; options?: { value: string; label: string }[]; dir?: "ltr" };

/** One small form (create or edit a row) bound to a server action with useActionState. */
export function EntityForm({
  action,
  fields,
  values = {},
  submitLabel,
  hidden = {},
  title,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  fields: FieldDef[];
  values?: Record<string, string | number | null | undefined>;
  submitLabel: string;
  hidden?: Record<string, string | number>;
  title?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = (n: string) => (state && !state.ok ? state.errors?.[n] : undefined);
  return (
    <form action={formAction} className="filters" aria-label={title ?? submitLabel}>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => (
        <label key={f.name} className="field">
          <span>{f.label}</span>
          {f.type === "textarea" ? (
            <textarea name={f.name} defaultValue={values[f.name] ?? ""} rows={2} />
          ) : f.type === "select" ? (
            <select name={f.name} defaultValue={String(values[f.name] ?? "")}>
              {f.options?.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input name={f.name} type={f.type ?? "text"} defaultValue={values[f.name] ?? ""} dir={f.dir} />
          )}
          {error(f.name) && <span className="field-error">{error(f.name)}</span>}
        </label>
      ))}
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
      {state && (
        <span className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
          {state.message}
          {state.ok && typeof (state.data as { oneTimePassword?: string } | undefined)?.oneTimePassword === "string" && (
            <>
              {" "}
              كلمة المرور المؤقتة: <code dir="ltr">{(state.data as { oneTimePassword: string }).oneTimePassword}</code>
            </>
          )}
        </span>
      )}
    </form>
  );
}
