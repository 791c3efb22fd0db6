import { EntityForm, type FieldDef } from "@/components/admin/entity-form.client";
import { pagePermission } from "@/lib/auth/page-guard";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { changeRoleAction, createStaffAction, setActiveAction } from "./actions";

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

export default async function StaffPage() {
  const me = await pagePermission("staff:manage");
  const users = await db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, role: true, active: true } });
  const createFields: FieldDef[] = [
    { name: "name", label: "الاسم" },
    { name: "email", label: "البريد الإلكتروني", type: "email", dir: "ltr" },
    { name: "role", label: "الدور", type: "select", options: ROLE_OPTIONS },
  ];
  return (
    <>
      <h1>الموظفون</h1>
      <h2>حساب جديد</h2>
      <EntityForm action={createStaffAction} fields={createFields} values={{ role: "writer" }} submitLabel="إنشاء الحساب" title="حساب جديد" />
      <h2>الحسابات</h2>
      <table className="table">
        <thead>
          <tr>
            <th>الاسم</th>
            <th>البريد</th>
            <th>الدور</th>
            <th>الحالة</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td dir="ltr">{u.email}</td>
              <td>
                {u.id === me.id ? (
                  ROLE_LABELS[u.role]
                ) : (
                  <EntityForm action={changeRoleAction} fields={[{ name: "role", label: "الدور", type: "select", options: ROLE_OPTIONS }]} values={{ role: u.role }} hidden={{ userId: u.id }} submitLabel="تغيير الدور" title={`دور ${u.name}`} />
                )}
              </td>
              <td>
                {u.active ? "نشط" : "معطّل"}
                {u.id !== me.id && (
                  <EntityForm action={setActiveAction} fields={[]} hidden={{ userId: u.id, active: String(!u.active) }} submitLabel={u.active ? "تعطيل" : "تفعيل"} title={`حالة ${u.name}`} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
