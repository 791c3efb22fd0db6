import type { Metadata } from "next";
import Link from "next/link";
import { pagePermission } from "@/lib/auth/page-guard";
import { formatArabicDateTime } from "@/lib/dates/format";
import { WEBHOOK_EVENT_LABELS } from "@/lib/webhooks/event-types";
import { listWebhooks } from "@/lib/webhooks/queries";
import { createWebhookAction } from "./actions";
import { WebhookForm } from "./webhook-form.client";

export const metadata: Metadata = { title: "إشعارات الويب" };
export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  await pagePermission("webhook:manage");
  const hooks = await listWebhooks();
  return (
    <>
      <h1>إشعارات الويب (Webhooks)</h1>
      <p className="muted">
        يُخبر مداد تطبيقات الصحيفة وشركاءها بما تغيّر (نشر مقال، تعديله، إلغاء نشره، أرشفته، ظهور تعليق) بطلب{" "}
        <bdi dir="ltr">POST</bdi> موقّع إلى عنوانهم، ويعيد المحاولة 24 ساعة إن لم يُقبل. لا تُقبل عناوين الشبكة الداخلية.
      </p>
      <h2>وجهة جديدة</h2>
      <WebhookForm action={createWebhookAction} />
      <h2>الوجهات</h2>
      {hooks.length === 0 ? (
        <p>لا وجهات بعد.</p>
      ) : (
        <table className="table webhooks-table">
          <thead>
            <tr>
              <th>الوجهة</th>
              <th>الأحداث</th>
              <th>الحالة</th>
              <th>الإشعارات</th>
              <th>سجّلها</th>
            </tr>
          </thead>
          <tbody>
            {hooks.map((h) => (
              <tr key={h.id} data-testid={`webhook-${h.id}`}>
                <td data-label="الوجهة">
                  <Link href={`/admin/webhooks/${h.id}`}>{h.name || "بلا اسم"}</Link>
                  <bdi dir="ltr" className="webhook-url">
                    {h.url}
                  </bdi>
                </td>
                <td data-label="الأحداث">{h.events.map((e) => WEBHOOK_EVENT_LABELS[e]).join("، ")}</td>
                <td data-label="الحالة">{h.paused ? "موقوفة مؤقتاً" : "تعمل"}</td>
                <td data-label="الإشعارات">
                  {h.succeeded} وصلت، {h.waiting} تنتظر، {h.failed} فشلت
                </td>
                <td data-label="سجّلها">
                  {h.createdByName ?? "حساب محذوف"}، <time dateTime={h.createdAt.toISOString()}>{formatArabicDateTime(h.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
