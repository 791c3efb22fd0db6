"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/admin/confirm-button.client";
import { EntityForm } from "@/components/admin/entity-form.client";
import type { ActionState } from "@/lib/auth/action";
import { deleteWebhookAction, pauseWebhookAction, rotateWebhookSecretAction } from "../actions";
import { SecretShownOnce } from "../secret-shown-once";

const call = (action: (p: ActionState, f: FormData) => Promise<ActionState>, fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return action(null, form);
};

/** Pause or resume (at once: nothing is lost either way), rotate the secret and delete (both ask first). */
export function EndpointControls({ id, label, paused }: { id: number; label: string; paused: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const run = (action: (p: ActionState, f: FormData) => Promise<ActionState>, fields: Record<string, string>) =>
    start(async () => {
      const r = await call(action, fields);
      setMessage(r ? { ok: r.ok, text: r.message ?? "" } : null);
      const s = r?.ok ? (r.data as { secret?: string } | undefined)?.secret : undefined;
      if (s) setSecret(s);
      if (r?.ok) router.refresh();
    });
  return (
    <div className="webhook-controls">
      <div className="staff-actions">
        <button type="button" className="secondary" disabled={pending} onClick={() => run(pauseWebhookAction, { id: String(id), paused: paused ? "0" : "1" })}>
          {paused ? "استأنف الإرسال" : "أوقف الإرسال مؤقتاً"}
        </button>
        <ConfirmButton
          label="غيّر سرّ التوقيع"
          question={`يُولَّد سرّ جديد لـ«${label}» ويُوقَّع به كل إشعار من الآن، فيرفض المستقبِل الإشعارات حتى يُعطى السرّ الجديد.`}
          confirmLabel="نعم، غيّر السرّ"
          disabled={pending}
          onConfirm={() => run(rotateWebhookSecretAction, { id: String(id) })}
          fallback={<EntityForm action={rotateWebhookSecretAction} fields={[]} hidden={{ id }} submitLabel="غيّر سرّ التوقيع" title="تغيير سرّ التوقيع" />}
        />
        <ConfirmButton
          label="احذف الوجهة"
          question={`تُحذف الوجهة «${label}» مع ما ينتظر من إشعاراتها وسجلّها، ولا يمكن التراجع.`}
          confirmLabel="نعم، احذف الوجهة"
          className="danger"
          disabled={pending}
          onConfirm={() => run(deleteWebhookAction, { id: String(id) })}
          fallback={<EntityForm action={deleteWebhookAction} fields={[]} hidden={{ id }} submitLabel="احذف الوجهة" title="حذف الوجهة" />}
        />
      </div>
      {message && (
        <p className={message.ok ? "notice" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      {secret && <SecretShownOnce secret={secret} />}
    </div>
  );
}
