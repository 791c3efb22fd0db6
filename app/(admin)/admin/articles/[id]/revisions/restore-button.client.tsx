"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/admin/confirm-button.client";
import { restoreRevisionAction } from "../../actions";

/** Restoring replaces the current text (which stays in the history): it asks first, with or without JavaScript. */
export function RestoreButton({ articleId, revisionId, version }: { articleId: number; revisionId: number; version: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const confirmLabel = `نعم، استعد النسخة ${version}`;
  return (
    <>
      <ConfirmButton
        label="استعادة"
        ariaLabel={`استعادة النسخة ${version}`}
        question={`ستحلّ النسخة ${version} محل النص الحالي للمقال. يبقى النص الحالي في النسخ السابقة ويمكن استعادته.`}
        confirmLabel={confirmLabel}
        disabled={pending}
        onConfirm={() =>
          start(async () => {
            const r = await restoreRevisionAction({ articleId, revisionId });
            setMessage(r?.message ?? null);
            if (r?.ok) router.refresh();
          })
        }
        fallback={
          <a className="btn secondary" href={`?restore=${revisionId}#confirm-restore`} aria-label={`استعادة النسخة ${version}`}>
            استعادة
          </a>
        }
      />
      {message && <span role="status"> {message}</span>}
    </>
  );
}
