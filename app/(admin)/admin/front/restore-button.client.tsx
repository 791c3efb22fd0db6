"use client";

import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/admin/confirm-button.client";
import { EntityForm } from "@/components/admin/entity-form.client";
import { restoreFrontAction } from "./actions";

/** Restoring replaces what readers see on the home page at once: it asks first (decision 151). */
export function RestoreFrontButton({ id, when }: { id: number; when: string }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <ConfirmButton
        label="استعد"
        ariaLabel={`استعد ترتيب ${when}`}
        question={`سيُنشر ترتيب ${when} من جديد ويراه القرّاء فوراً في الصفحة الأولى، مكان الترتيب الحالي (يبقى الحالي في السجل).`}
        confirmLabel="نعم، استعد هذا الترتيب"
        disabled={pending}
        onConfirm={() =>
          start(async () => {
            const form = new FormData();
            form.set("id", String(id));
            const r = await restoreFrontAction(null, form);
            setMessage(r?.message ?? null);
          })
        }
        fallback={<EntityForm action={restoreFrontAction} fields={[]} hidden={{ id }} submitLabel="استعد" title={`استعادة ترتيب ${when}`} />}
      />
      {message && <span role="status"> {message}</span>}
    </>
  );
}
