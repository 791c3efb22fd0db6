"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreRevisionAction } from "../../actions";

export function RestoreButton({ articleId, revisionId, version }: { articleId: number; revisionId: number; version: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        aria-label={`استعادة النسخة ${version}`}
        onClick={() =>
          start(async () => {
            const r = await restoreRevisionAction({ articleId, revisionId });
            setMessage(r?.message ?? null);
            if (r?.ok) router.refresh();
          })
        }
      >
        استعادة
      </button>
      {message && <span role="status"> {message}</span>}
    </>
  );
}
