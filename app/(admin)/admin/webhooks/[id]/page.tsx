import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pagePermission } from "@/lib/auth/page-guard";
import { formatArabicDateTime } from "@/lib/dates/format";
import { DELIVERY_STATUS, attemptErrorText } from "@/lib/webhooks/attempt-text";
import { WEBHOOK_EVENT_LABELS, isWebhookEvent } from "@/lib/webhooks/event-types";
import { RECENT_DELIVERIES, getWebhook } from "@/lib/webhooks/queries";
import { updateWebhookAction } from "../actions";
import { WebhookForm } from "../webhook-form.client";
import { EndpointControls } from "./endpoint-controls.client";
import { ResendButton } from "./resend-button.client";

export const metadata: Metadata = { title: "وجهة إشعارات" };
export const dynamic = "force-dynamic";

const eventLabel = (e: string) => (isWebhookEvent(e) ? WEBHOOK_EVENT_LABELS[e] : e);
const when = (d: Date) => <time dateTime={d.toISOString()}>{formatArabicDateTime(d)}</time>;

export default async function WebhookPage({ params }: { params: Promise<{ id: string }> }) {
  await pagePermission("webhook:manage");
  const { id: raw } = await params;
  const id = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  const hook = Number.isSafeInteger(id) && id > 0 && id < 2 ** 31 ? await getWebhook(id) : null;
  if (!hook) notFound();
  const label = hook.name || hook.url;
  return (
    <>
      <p>
        <Link href="/admin/webhooks">← كل الوجهات</Link>
      </p>
      <h1>{hook.name || "وجهة بلا اسم"}</h1>
      <p>
        <bdi dir="ltr" className="webhook-url">
          {hook.url}
        </bdi>
      </p>
      <p className="muted">
        {hook.paused ? "موقوفة مؤقتاً: لا يُرسل إليها شيء، ولا يُسجَّل لها ما يحدث حتى تُستأنف." : "تعمل."} سجّلها {hook.createdByName ?? "حساب محذوف"}،{" "}
        {when(hook.createdAt)}.
      </p>
      <EndpointControls id={hook.id} label={label} paused={hook.paused} />

      <h2>الإشعارات الأخيرة</h2>
      {hook.deliveries.length === 0 ? (
        <p>لم يُرسل إليها شيء بعد.</p>
      ) : (
        <>
          <p className="muted">آخر {RECENT_DELIVERIES} إشعاراً، الأحدث أولاً، مع كل محاولة: وقتها ورمز الرد ومدته.</p>
          <table className="table webhook-deliveries">
            <thead>
              <tr>
                <th>الحدث</th>
                <th>الحالة</th>
                <th>المحاولات</th>
                <th>
                  <span className="visually-hidden">إجراء</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {hook.deliveries.map((d) => (
                <tr key={d.id} data-testid={`delivery-${d.id}`}>
                  <td data-label="الحدث">
                    {eventLabel(d.event)}
                    <span className="muted webhook-when"> {when(d.createdAt)}</span>
                    <bdi dir="ltr" className="muted webhook-id">
                      {d.id}
                    </bdi>
                  </td>
                  <td data-label="الحالة" data-status={d.status}>
                    {DELIVERY_STATUS[d.status] ?? d.status}
                    {d.status === "pending" && d.attempts > 0 && <span className="muted"> (المحاولة التالية {when(d.nextAttemptAt)})</span>}
                  </td>
                  <td data-label="المحاولات">
                    {d.attemptLog.length === 0 ? (
                      "لم يُحاوَل بعد"
                    ) : (
                      <ol className="webhook-attempts">
                        {d.attemptLog.map((a) => (
                          <li key={a.id} data-testid="attempt">
                            {when(a.at)} — <strong>{a.statusCode ?? "بلا رد"}</strong> في {a.durationMs} ملّي ثانية
                            {a.trigger === "manual" ? "، بإعادة إرسال يدوية" : ""}
                            {a.error && (
                              <span className="webhook-error">
                                {" "}
                                — {attemptErrorText(a.error, a.statusCode)} <bdi dir="ltr" className="muted">({a.error})</bdi>
                              </span>
                            )}
                          </li>
                        ))}
                      </ol>
                    )}
                  </td>
                  <td>{d.status !== "sending" && <ResendButton id={d.id} label={`${eventLabel(d.event)} ${formatArabicDateTime(d.createdAt)}`} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2>تعديل الوجهة</h2>
      <WebhookForm action={updateWebhookAction} values={{ id: hook.id, name: hook.name, url: hook.url, events: hook.events }} />
    </>
  );
}
