"use client";

import { useKeptForm } from "@/components/admin/use-kept-form";
import type { ActionState } from "@/lib/auth/action";
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_LABELS, type WebhookEvent } from "@/lib/webhooks/event-types";
import { SecretShownOnce } from "./secret-shown-once";

type Values = { id: number; name: string; url: string; events: WebhookEvent[] };

/** Register an endpoint (then its secret is shown once) or edit one (`values`). */
export function WebhookForm({ action, values }: { action: (prev: ActionState, form: FormData) => Promise<ActionState>; values?: Values }) {
  const { state, pending, form } = useKeptForm(action);
  const error = (n: string) => (state && !state.ok ? state.errors?.[n] : undefined);
  const secret = state?.ok ? (state.data as { secret?: string } | undefined)?.secret : undefined;
  const checked = new Set(values?.events ?? ["article.published", "article.updated", "article.unpublished", "article.deleted"]);
  const prefix = values ? `wh-${values.id}` : "wh-new";
  return (
    <>
      <form {...form} className="webhook-form" aria-label={values ? "تعديل الوجهة" : "تسجيل وجهة"}>
        {values && <input type="hidden" name="id" value={values.id} />}
        <label className="field">
          <span>عنوان الاستقبال</span>
          <input name="url" type="url" required maxLength={2000} dir="ltr" defaultValue={values?.url} placeholder="https://app.example.com/midad-webhooks" aria-invalid={error("url") ? true : undefined} aria-describedby={error("url") ? `${prefix}-url-error` : undefined} />
          {error("url") && (
            <span className="field-error" id={`${prefix}-url-error`}>
              {error("url")}
            </span>
          )}
        </label>
        <label className="field">
          <span>اسم يعرّف المستقبِل (اختياري)</span>
          <input name="name" maxLength={80} defaultValue={values?.name} placeholder="تطبيق الهاتف" />
          {error("name") && <span className="field-error">{error("name")}</span>}
        </label>
        <fieldset className="webhook-events">
          <legend>الأحداث التي يُخبَر بها</legend>
          {WEBHOOK_EVENTS.map((e) => (
            <label key={e} className="webhook-event">
              <input type="checkbox" name="events" value={e} defaultChecked={checked.has(e)} />
              <span>
                {WEBHOOK_EVENT_LABELS[e]} <bdi dir="ltr" className="muted">{e}</bdi>
              </span>
            </label>
          ))}
          {error("events") && <span className="field-error">{error("events")}</span>}
        </fieldset>
        <button type="submit" disabled={pending}>
          {values ? "احفظ التعديلات" : "سجّل الوجهة"}
        </button>
        {state && (
          <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
            {state.message}
          </p>
        )}
      </form>
      {secret && <SecretShownOnce secret={secret} />}
    </>
  );
}
