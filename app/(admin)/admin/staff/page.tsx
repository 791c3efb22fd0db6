import { EntityForm, type FieldDef } from "@/components/admin/entity-form.client";
import { deviceLabel } from "@/lib/auth/device";
import { formatArabicDateTime } from "@/lib/dates/format";
import { pagePermission } from "@/lib/auth/page-guard";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { liveSessionsByUser } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { listOpenInvitations } from "@/lib/staff/invitations";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction, createStaffAction, endSessionsAction, resetTwoFactorAction, inviteStaffAction, resendInvitationAction, revokeInvitationAction, setActiveAction } from "./actions";


const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

export default async function StaffPage() {
  const me = await pagePermission("staff:manage");
  const users = await db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, role: true, active: true, totpEnabledAt: true } });
  const sessions = await liveSessionsByUser();
  const invitations = await listOpenInvitations();
  const now = new Date();
  const createFields: FieldDef[] = [
    { name: "name", label: "الاسم" },
    { name: "email", label: "البريد الإلكتروني", type: "email", dir: "ltr" },
    { name: "role", label: "الدور", type: "select", options: ROLE_OPTIONS },
  ];
  return (
    <>
      <h1>الموظفون</h1>
      <h2>دعوة موظف</h2>
      <p className="hint">تصل الدعوة إلى بريده برابط صالح 72 ساعة لمرة واحدة، ويختار منه كلمة مروره بنفسه.</p>
      <EntityForm action={inviteStaffAction} fields={createFields} values={{ role: "writer" }} submitLabel="إرسال الدعوة" title="دعوة موظف" />
      {invitations.length > 0 && (
        <>
          <h2>دعوات لم تُقبل بعد</h2>
          <table className="table">
            <thead>
              <tr>
                <th>الاسم</th>
                <th>البريد</th>
                <th>الدور</th>
                <th>الصلاحية</th>
                <th>إجراءات</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <td data-label="الاسم">{i.name}</td>
                  <td data-label="البريد">
                    <bdi dir="ltr">{i.email}</bdi>
                  </td>
                  <td data-label="الدور">{ROLE_LABELS[i.role as Role] ?? i.role}</td>
                  <td data-label="الصلاحية">{i.expiresAt > now ? `حتى ${formatArabicDateTime(i.expiresAt)}` : "انتهت"}</td>
                  <td className="staff-actions">
                    <EntityForm action={resendInvitationAction} fields={[]} hidden={{ id: i.id }} submitLabel="إعادة الإرسال" title={`إعادة إرسال دعوة ${i.name}`} />
                    <EntityForm action={revokeInvitationAction} fields={[]} hidden={{ id: i.id }} submitLabel="إلغاء الدعوة" title={`إلغاء دعوة ${i.name}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <details className="staff-otp">
        <summary>حساب بكلمة مرور مؤقتة (حين لا يصل البريد)</summary>
        <EntityForm action={createStaffAction} fields={createFields} values={{ role: "writer" }} submitLabel="إنشاء الحساب" title="حساب جديد" />
      </details>
      <h2>الحسابات</h2>
      <table className="table">
        <thead>
          <tr>
            <th>الاسم</th>
            <th>البريد</th>
            <th>الدور</th>
            <th>الحالة</th>
            <th>التحقق بخطوتين</th>
            <th>الجلسات المفتوحة</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} id={`user-${u.id}`}>
              <td data-label="الاسم">{u.name}</td>
              <td data-label="البريد">
                <bdi dir="ltr">{u.email}</bdi>
              </td>
              <td data-label={u.id === me.id ? "الدور" : undefined}>
                {u.id === me.id ? (
                  ROLE_LABELS[u.role]
                ) : (
                  <EntityForm action={changeRoleAction} fields={[{ name: "role", label: "الدور", type: "select", options: ROLE_OPTIONS }]} values={{ role: u.role }} hidden={{ userId: u.id }} submitLabel="تغيير الدور" title={`دور ${u.name}`} />
                )}
              </td>
              <td data-label="الحالة">
                {u.active ? "نشط" : "معطّل"}
                {u.id !== me.id && (
                  <EntityForm action={setActiveAction} fields={[]} hidden={{ userId: u.id, active: String(!u.active) }} submitLabel={u.active ? "تعطيل" : "تفعيل"} title={`حالة ${u.name}`} />
                )}
              </td>
              <td data-label="التحقق بخطوتين">
                {u.totpEnabledAt ? "مفعّل" : "غير مفعّل"}
                {u.totpEnabledAt && u.id !== me.id && (
                  <EntityForm action={resetTwoFactorAction} fields={[]} hidden={{ userId: u.id }} submitLabel="إعادة ضبط (هاتف مفقود)" title={`التحقق بخطوتين لـ ${u.name}`} />
                )}
              </td>
              <td data-label="الجلسات المفتوحة">
                {(() => {
                  const live = sessions.get(u.id) ?? [];
                  if (live.length === 0) return "لا جلسات";
                  return (
                    <>
                      <ul className="staff-sessions">
                        {live.map((s) => (
                          <li key={s.id}>
                            {s.id === me.sessionId ? "هذه الجلسة — " : ""}آخر نشاط {formatArabicDateTime(s.lastSeenAt)}
                            <small>
                              {" "}
                              {deviceLabel(s.userAgent)}
                              {s.clientAddress && <bdi dir="ltr"> {s.clientAddress}</bdi>}
                            </small>
                          </li>
                        ))}
                      </ul>
                      <EntityForm action={endSessionsAction} fields={[]} hidden={{ userId: u.id }} submitLabel={u.id === me.id ? "إنهاء جلساتي الأخرى" : "إنهاء الجلسات"} title={`جلسات ${u.name}`} />
                    </>
                  );
                })()}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
