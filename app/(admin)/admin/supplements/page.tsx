import { EntityForm, type FieldDef } from "@/components/admin/entity-form.client";
import { pagePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { saveSupplementAction } from "./actions";

const FIELDS: FieldDef[] = [
  { name: "name", label: "الاسم" },
  { name: "slug", label: "الرابط المختصر", dir: "ltr" },
  { name: "description", label: "الوصف", type: "textarea" },
];

export default async function SupplementsPage() {
  await pagePermission("taxonomy:manage");
  const rows = await db.supplement.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, description: true } });
  return (
    <>
      <h1>الملاحق</h1>
      <h2>ملحق جديد</h2>
      <EntityForm action={saveSupplementAction} fields={FIELDS} submitLabel="إضافة" title="ملحق جديد" />
      <h2>الملاحق الحالية</h2>
      {rows.map((r) => (
        <EntityForm key={r.id} action={saveSupplementAction} fields={FIELDS} values={r} hidden={{ id: r.id }} submitLabel="حفظ" title={`تعديل ${r.name}`} />
      ))}
    </>
  );
}
