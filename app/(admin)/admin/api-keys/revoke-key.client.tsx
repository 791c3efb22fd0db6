"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/admin/confirm-button.client";
import { EntityForm } from "@/components/admin/entity-form.client";
import { revokeApiKeyAction } from "./actions";

/** Revoking cannot be undone (a new key must be made and handed out): it asks first (decision 151). */
export function RevokeKeyButton({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <ConfirmButton
        label="ألغِ المفتاح"
        ariaLabel={`ألغِ المفتاح ${name}`}
        question={`ستُرفض فوراً كل الطلبات التي تحمل المفتاح «${name}»، ولا يمكن التراجع عن ذلك: التطبيق الذي يستعمله يحتاج مفتاحاً جديداً.`}
        confirmLabel="نعم، ألغِ المفتاح"
        className="danger"
        disabled={pending}
        onConfirm={() =>
          start(async () => {
            const form = new FormData();
            form.set("id", String(id));
            const r = await revokeApiKeyAction(null, form);
            setMessage(r?.message ?? null);
            if (r?.ok) router.refresh();
          })
        }
        fallback={<EntityForm action={revokeApiKeyAction} fields={[]} hidden={{ id }} submitLabel="ألغِ المفتاح" title={`إلغاء المفتاح ${name}`} />}
      />
      {message && <span role="status"> {message}</span>}
    </>
  );
}
