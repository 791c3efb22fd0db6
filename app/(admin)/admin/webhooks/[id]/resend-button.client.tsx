"use client";

import { useKeptForm } from "@/components/admin/use-kept-form";
import { resendDeliveryAction } from "../actions";

/** «أعد الإرسال»: one attempt now; the action refreshes the page, whose attempts list then shows it. */
export function ResendButton({ id, label }: { id: string; label: string }) {
  const { state, pending, form } = useKeptForm(resendDeliveryAction);
  return (
    <form {...form} className="webhook-resend">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`أعد إرسال ${label}`}>
        {pending ? "يُرسل…" : "أعد الإرسال"}
      </button>
      {state && (
        <span className={state.ok ? "notice" : "form-error"} role="status">
          {state.message}
        </span>
      )}
    </form>
  );
}
