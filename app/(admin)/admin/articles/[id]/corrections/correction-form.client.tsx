"use client";

import { useKeptForm } from "@/components/admin/use-kept-form";
import type { ActionState } from "@/lib/auth/action";
import { CORRECTION_MAX, PLACEMENT_LABELS, PLACEMENTS } from "@/lib/corrections/schema";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * The three correction forms: a new note, an edit of one (its text and placement), a withdrawal
 * (a reason only). Without JavaScript each posts to its server action as a plain form.
 */
export function CorrectionForm({
  action,
  mode,
  hidden,
  values,
  label,
  idPrefix,
}: {
  action: Action;
  mode: "add" | "edit" | "withdraw";
  hidden: Record<string, number>;
  values?: { text: string; placement: string };
  label: string;
  idPrefix: string;
}) {
  const { state, pending, form } = useKeptForm(action);
  const error = (n: string) => (state && !state.ok ? state.errors?.[n] : undefined);
  const described = (n: string) => (error(n) ? `${idPrefix}-${n}-error` : undefined);
  return (
    <form {...form} aria-label={label} className="correction-form">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {mode === "withdraw" ? (
        <label className="field">
          <span>سبب السحب (يبقى ظاهراً لفريق التحرير، لا للقراء)</span>
          <textarea name="reason" rows={2} required minLength={5} maxLength={500} aria-invalid={!!error("reason")} aria-describedby={described("reason")} />
          {error("reason") && (
            <span className="field-error" id={`${idPrefix}-reason-error`}>
              {error("reason")}
            </span>
          )}
        </label>
      ) : (
        <>
          <label className="field">
            <span>نص التصحيح (يظهر للقراء بعد «تصحيح:»)</span>
            <textarea
              name="text"
              rows={3}
              required
              minLength={10}
              maxLength={CORRECTION_MAX}
              defaultValue={values?.text}
              aria-invalid={!!error("text")}
              aria-describedby={described("text")}
              placeholder="ورد في نسخة سابقة من هذا المقال أن … والصحيح أن …"
            />
            {error("text") && (
              <span className="field-error" id={`${idPrefix}-text-error`}>
                {error("text")}
              </span>
            )}
          </label>
          <fieldset className="placement-choice">
            <legend>موضعه في المقال</legend>
            {PLACEMENTS.map((p) => (
              <label key={p}>
                <input type="radio" name="placement" value={p} defaultChecked={(values?.placement ?? "end") === p} /> {PLACEMENT_LABELS[p]}
              </label>
            ))}
            {error("placement") && <span className="field-error">{error("placement")}</span>}
          </fieldset>
        </>
      )}
      <button type="submit" disabled={pending}>
        {mode === "add" ? "انشر التصحيح" : mode === "edit" ? "احفظ التعديل" : "اسحب التصحيح"}
      </button>
      {state && (
        <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
    </form>
  );
}
