import type { Metadata } from "next";
import Link from "next/link";
import { listApiKeys } from "@/lib/api-keys/queries";
import { pagePermission } from "@/lib/auth/page-guard";
import { formatArabicDateTime } from "@/lib/dates/format";
import { createApiKeyAction } from "./actions";
import { CreateKeyForm } from "./create-key.client";
import { RevokeKeyButton } from "./revoke-key.client";

export const metadata: Metadata = { title: "مفاتيح الواجهة البرمجية" };
export const dynamic = "force-dynamic";

export default async function ApiKeysPage() {
  await pagePermission("apikey:manage");
  const keys = await listApiKeys();
  return (
    <>
      <h1>مفاتيح الواجهة البرمجية</h1>
      <p className="muted">
        تقرأ تطبيقات الصحيفة وشركاؤها المحتوى المنشور من <bdi dir="ltr">/api/v1/</bdi> بمفتاح يُرسل في الترويسة{" "}
        <bdi dir="ltr">Authorization: Bearer …</bdi>. <Link href="/admin/api-keys/reference">مرجع الواجهة البرمجية</Link>
      </p>
      <h2>مفتاح جديد</h2>
      <CreateKeyForm action={createApiKeyAction} />
      <h2>المفاتيح</h2>
      {keys.length === 0 ? (
        <p>لا مفاتيح بعد.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>الاسم</th>
              <th>بدايته</th>
              <th>الأصول المسموح بها</th>
              <th>أنشأه</th>
              <th>آخر استعمال</th>
              <th>الحالة</th>
              <th>
                <span className="visually-hidden">إجراء</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id} data-testid={`api-key-${k.id}`}>
                <td data-label="الاسم">{k.name}</td>
                <td data-label="بدايته">
                  <code dir="ltr">{k.prefix}…</code>
                </td>
                <td data-label="الأصول المسموح بها">
                  {k.origins.length ? (
                    k.origins.map((o) => (
                      <bdi key={o} dir="ltr" className="api-key-origin">
                        {o}
                      </bdi>
                    ))
                  ) : (
                    "الخوادم والتطبيقات فقط"
                  )}
                </td>
                <td data-label="أنشأه">
                  {k.createdByName ?? "حساب محذوف"}، <time dateTime={k.createdAt.toISOString()}>{formatArabicDateTime(k.createdAt)}</time>
                </td>
                <td data-label="آخر استعمال">{k.lastUsedAt ? <time dateTime={k.lastUsedAt.toISOString()}>{formatArabicDateTime(k.lastUsedAt)}</time> : "لم يُستعمل بعد"}</td>
                <td data-label="الحالة">{k.revokedAt ? `أُلغي ${formatArabicDateTime(k.revokedAt)}` : "يعمل"}</td>
                <td>
                  {!k.revokedAt && <RevokeKeyButton id={k.id} name={k.name} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
