import type { Metadata } from "next";
import Link from "next/link";
import { EntityForm, type FieldDef } from "@/components/admin/entity-form.client";
import { deviceLabel } from "@/lib/auth/device";
import { formatArabicDateTime } from "@/lib/dates/format";
import { pagePermission } from "@/lib/auth/page-guard";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { ownLiveSessions } from "@/lib/auth/sessions";
import { twoFactorStatus } from "@/lib/auth/two-factor";
import { disableTwoFactorAction, endOtherSessionsAction, endSessionAction, replaceRecoveryCodesAction } from "./actions";

export const metadata: Metadata = { title: "حسابي" };

/** Turning two-factor off and new recovery codes both take the password and a code. */
const PROOF_FIELDS: FieldDef[] = [
  { name: "password", label: "كلمة المرور", type: "password", dir: "ltr", autoComplete: "current-password" },
  { name: "code", label: "رمز من التطبيق أو رمز استرداد", dir: "ltr", autoComplete: "one-time-code" },
];


/** A staff member's own account: two-factor sign-in and open sessions (issue 13, decision 132). */
export default async function AccountPage() {
  const me = await pagePermission("dashboard:view", "/admin/account");
  const [status, sessions] = await Promise.all([twoFactorStatus(me.id), ownLiveSessions(me.id, me.sessionId)]);
  return (
    <>
      <h1>حسابي</h1>
      <p>
        {me.name} — <span dir="ltr">{me.email}</span> ({ROLE_LABELS[me.role]}). <Link href="/password">تغيير كلمة المرور</Link>
      </p>

      <h2>التحقق بخطوتين</h2>
      {status.enabled ? (
        <>
          <p role="status">
            مفعّل منذ {formatArabicDateTime(status.enabledAt!)}. رموز الاسترداد غير المستعملة: {status.unusedRecoveryCodes} من 10.
          </p>
          {status.unusedRecoveryCodes <= 3 && <p className="form-error">بقيت رموز استرداد قليلة: أصدر رموزاً جديدة واحفظها.</p>}
          <h3>رموز استرداد جديدة</h3>
          <p className="hint">تبطل الرموز السابقة كلها.</p>
          <EntityForm action={replaceRecoveryCodesAction} fields={PROOF_FIELDS} submitLabel="إصدار رموز جديدة" title="إصدار رموز استرداد جديدة" />
          <h3>إيقاف التحقق بخطوتين</h3>
          {me.twoFactorRequired ? (
            <p className="hint">تلزم إعدادات الموقع دورك بالتحقق بخطوتين؛ لا يمكن إيقافه. إن فقدت هاتفك فادخل برمز استرداد، أو اطلب من مدير إعادة ضبطه.</p>
          ) : (
            <EntityForm
              action={disableTwoFactorAction}
              fields={PROOF_FIELDS}
              submitLabel="إيقاف"
              title="إيقاف التحقق بخطوتين"
            />
          )}
        </>
      ) : (
        <p>
          غير مفعّل. يحمي التحقق بخطوتين حسابك إن سُرقت كلمة مرورك. <Link href="/two-factor">تفعيل التحقق بخطوتين</Link>
        </p>
      )}

      <h2>الجلسات المفتوحة</h2>
      <p className="hint">كل متصفح سجّلت الدخول منه. أنهِ أي جلسة لا تعرفها، ثم غيّر كلمة مرورك.</p>
      <table className="table">
        <thead>
          <tr>
            <th>الجهاز</th>
            <th>العنوان</th>
            <th>بدأت</th>
            <th>آخر نشاط</th>
            <th>
              <span className="visually-hidden">إجراء</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.handle} className={s.current ? "current" : undefined}>
              <td data-label="الجهاز">
                {deviceLabel(s.userAgent)}
                {s.current && <strong> — هذه الجلسة</strong>}
              </td>
              <td data-label="العنوان" dir="ltr">
                {s.clientAddress ?? "—"}
              </td>
              <td data-label="بدأت">{formatArabicDateTime(s.createdAt)}</td>
              <td data-label="آخر نشاط">{formatArabicDateTime(s.lastSeenAt)}</td>
              <td>{!s.current && <EntityForm action={endSessionAction} fields={[]} hidden={{ session: s.handle }} submitLabel="إنهاء" title={`إنهاء جلسة ${deviceLabel(s.userAgent)}`} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sessions.length > 1 && <EntityForm action={endOtherSessionsAction} fields={[]} submitLabel="إنهاء كل الجلسات الأخرى" title="إنهاء كل الجلسات الأخرى" />}
    </>
  );
}
