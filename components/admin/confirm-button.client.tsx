"use client";

import { useId, useRef, useSyncExternalStore, type ReactNode } from "react";

const noSubscribe = () => () => {};
/** true once this browser runs the page's JavaScript (false in the server's HTML). */
export const useHydrated = () => useSyncExternalStore(noSubscribe, () => true, () => false);

type Props = {
  /** The button's text, e.g. «إلغاء النشر». */
  label: string;
  /** Its accessible name when the text alone is ambiguous (several on one page). */
  ariaLabel?: string;
  /** What will happen, in a sentence. */
  question: string;
  /** The confirming button, naming the act again: «نعم، ألغِ النشر». */
  confirmLabel: string;
  disabled?: boolean;
  className?: string;
  onConfirm: () => void;
  /**
   * Without JavaScript: what to show instead, leading to a second explicit step that works as a
   * plain form post (e.g. a link to a confirmation form). With JavaScript the dialog is used.
   */
  fallback?: ReactNode;
};

/**
 * A destructive or hard-to-undo act (unpublish, archive, restore) asks first, in a modal dialog;
 * «تراجع» or Escape leaves everything as it was. Never a one-click act.
 */
export function ConfirmButton({ label, ariaLabel, question, confirmLabel, disabled, className = "secondary", onConfirm, fallback }: Props) {
  const hydrated = useHydrated();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  if (!hydrated && fallback) return <>{fallback}</>;
  return (
    <>
      <button type="button" className={className} disabled={disabled} aria-label={ariaLabel} aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-q`}>
        <p id={`${id}-q`}>{question}</p>
        <div className="confirm-actions">
          <button
            type="button"
            className={className === "danger" ? "danger" : undefined}
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" className="secondary" autoFocus onClick={() => dialog.current?.close()}>
            تراجع
          </button>
        </div>
      </dialog>
    </>
  );
}
