"use client";

import { useState } from "react";
import { ImageField } from "./image-field.client";
import { RecoveryCodes } from "./recovery-codes";
import { useKeptForm } from "./use-kept-form";
import type { ActionState } from "@/lib/auth/action";

export type FieldDef = {
  name: string;
  label: string;
  type?: "text" | "number" | "textarea" | "select" | "password" | "email" | "image";
  options?: { value: string; label: string }[];
  dir?: "ltr";
  autoComplete?: string;
};

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
  const { state, pending, form } = useKeptForm(action);
  // New recovery codes (decision 132) come back once in the action's answer.
  const codes = state?.ok ? (state.data as { codes?: unknown } | undefined)?.codes : undefined;
  const error = (n: string) => (state && !state.ok ? state.errors?.[n] : undefined);
  return (
    <>
    <form {...form} className="filters" aria-label={title ?? submitLabel}>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) =>
        f.type === "image" ? (
          <ImageInput key={f.name} name={f.name} label={f.label} initialId={values[f.name]} initialUrl={values[`${f.name}Url`]} />
        ) : (
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
            <input name={f.name} type={f.type ?? "text"} defaultValue={values[f.name] ?? ""} dir={f.dir} autoComplete={f.autoComplete} />
          )}
          {error(f.name) && <span className="field-error">{error(f.name)}</span>}
        </label>
        ),
      )}
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
    {Array.isArray(codes) && <RecoveryCodes codes={codes as string[]} />}
    </>
  );
}

/** An uploaded image carried in the form as its media id. */
function ImageInput({ name, label, initialId, initialUrl }: { name: string; label: string; initialId: unknown; initialUrl: unknown }) {
  const [media, setMedia] = useState<{ id: number; url: string } | null>(
    typeof initialId === "number" && typeof initialUrl === "string" ? { id: initialId, url: initialUrl } : null,
  );
  return (
    <>
      <input type="hidden" name={name} value={media?.id ?? ""} />
      <ImageField id={`${name}-${Math.abs(hash(label))}`} label={label} imageUrl={media?.url ?? null} onUploaded={setMedia} onRemove={() => setMedia(null)} />
    </>
  );
}

function hash(s: string) {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}
