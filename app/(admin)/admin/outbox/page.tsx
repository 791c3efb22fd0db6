import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPager } from "@/components/admin/admin-pager";
import { EntityForm } from "@/components/admin/entity-form.client";
import { parsePage } from "@/lib/articles/urls";
import { pagePermission } from "@/lib/auth/page-guard";
import { formatArabicDateTime } from "@/lib/dates/format";
import { listOutbox } from "@/lib/mail/outbox";
import { smtpConfigured } from "@/lib/mail/transport";
import { retryMailAction } from "./actions";

export const metadata: Metadata = { title: "البريد الصادر" };
export const dynamic = "force-dynamic";

const STATUS: Record<string, string> = {
  outbox: "في الصندوق المحلي",
  queued: "بانتظار الإرسال",
  sending: "يُرسل الآن",
  sent: "أُرسلت",
  failed: "فشل الإرسال",
};
const KIND: Record<string, string> = {
  invitation: "دعوة",
  password_reset: "إعادة تعيين كلمة المرور",
  password_changed: "تنبيه بتغيير كلمة المرور",
};

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function OutboxPage({ searchParams }: Props) {
  await pagePermission("mail:outbox");
  const page = parsePage((await searchParams).page);
  if (!page) notFound();
  const smtp = smtpConfigured();
  const r = await listOutbox(page);
  return (
    <>
      <h1>البريد الصادر</h1>
      <p className="muted">
        {smtp
          ? "تُرسل الرسائل عبر خادم البريد المضبوط (SMTP_URL). الرسالة التي يتعذر إرسالها تُعاد محاولتها بفواصل متزايدة ويظهر خطؤها هنا."
          : "لا خادم بريد مضبوطاً (SMTP_URL): تبقى الرسائل هنا. انسخ الرابط من الرسالة وسلّمه لصاحبه بنفسك."}
      </p>
      {r.rows.length === 0 ? (
        <p>لا رسائل بعد.</p>
      ) : (
        <ul className="outbox">
          {r.rows.map((m) => (
            <li key={m.id} className={`outbox-item outbox-${m.status}`}>
              <details>
                <summary>
                  <strong>{m.subject}</strong>
                  <span>
                    إلى <bdi dir="ltr">{m.to}</bdi>
                  </span>
                  <span>{KIND[m.kind] ?? m.kind}</span>
                  <span className="outbox-status">{STATUS[m.status] ?? m.status}</span>
                  <time dateTime={m.createdAt.toISOString()}>{formatArabicDateTime(m.createdAt)}</time>
                </summary>
                {m.lastError && (
                  <p className="outbox-error" role="note">
                    آخر خطأ (المحاولة {m.attempts}): <bdi dir="ltr">{m.lastError}</bdi>
                    {m.status === "queued" && <> — المحاولة التالية {formatArabicDateTime(m.nextAttemptAt)}</>}
                  </p>
                )}
                {m.sentAt && <p className="muted">أُرسلت {formatArabicDateTime(m.sentAt)}</p>}
                <pre className="outbox-text">{m.text}</pre>
                {(m.status === "failed" || m.status === "queued") && (
                  <EntityForm action={retryMailAction} fields={[]} hidden={{ id: m.id }} submitLabel={smtp ? "أعد الإرسال الآن" : "انقلها إلى الصندوق المحلي"} title={`إعادة إرسال الرسالة ${m.id}`} />
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
      <AdminPager page={page} pages={r.pages} href={(p) => (p === 1 ? "/admin/outbox" : `/admin/outbox?page=${p}`)} />
    </>
  );
}
