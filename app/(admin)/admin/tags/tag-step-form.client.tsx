"use client";

import Link from "next/link";
import { useKeptForm } from "@/components/admin/use-kept-form";
import type { ActionState } from "@/lib/auth/action";

/**
 * The confirmation step of a merge or a delete (decision 146): the question, the confirming
 * button naming the act, «تراجع». Posts to its server action with or without JavaScript; a
 * refusal is shown here, with what was typed kept.
 */
export function TagStepForm({
  action,
  title,
  hidden,
  question,
  intoField,
  confirmLabel,
  cancelHref,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  title: string;
  hidden: Record<string, string | number | undefined>;
  question: React.ReactNode;
  intoField?: { label: string; hint: string; suggestions: string[] };
  confirmLabel: string;
  cancelHref: string;
}) {
  const { state, pending, form } = useKeptForm(action);
  const error = state && !state.ok ? state : null;
  const fieldError = error?.errors?.into;
  return (
    <form {...form} className="confirm-panel tag-step" aria-label={title}>
      {Object.entries(hidden).map(([k, v]) => (v === undefined ? null : <input key={k} type="hidden" name={k} value={v} />))}
      <p>{question}</p>
      {intoField && (
        <div className="field">
          <label htmlFor="tag-into">{intoField.label}</label>
          <input id="tag-into" name="into" required autoComplete="off" list={intoField.suggestions.length ? "tag-into-options" : undefined} aria-describedby={`tag-into-hint${fieldError ? " tag-into-error" : ""}`} aria-invalid={fieldError ? true : undefined} />
          {intoField.suggestions.length > 0 && (
            <datalist id="tag-into-options">
              {intoField.suggestions.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          )}
          <span className="hint" id="tag-into-hint">
            {intoField.hint}
          </span>
          {fieldError && (
            <span className="field-error" id="tag-into-error" role="alert">
              {fieldError}
            </span>
          )}
        </div>
      )}
      <div className="confirm-actions">
        <button type="submit" className="danger" disabled={pending}>
          {confirmLabel}
        </button>
        <Link className="btn secondary" href={cancelHref}>
          تراجع
        </Link>
      </div>
      {error && !fieldError && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
    </form>
  );
}
