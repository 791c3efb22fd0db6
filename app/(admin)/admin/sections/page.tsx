import { EntityForm, type FieldDef } from "@/components/admin/entity-form.client";
import { pagePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { saveSectionAction } from "./actions";

const FIELDS: FieldDef[] = [
  { name: "name", label: "الاسم" },
  { name: "slug", label: "الرابط المختصر", dir: "ltr" },
  { name: "position", label: "الترتيب", type: "number" },
  // Shown under the section's heading and as its pages' description for search engines; a
  // form without it would wipe it on every save.
  { name: "description", label: "الوصف", type: "textarea" },
];

export default async function SectionsPage() {
  await pagePermission("taxonomy:manage");
  const sections = await db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true, slug: true, position: true, description: true } });
  return (
    <>
      <h1>الأقسام</h1>
      <h2>قسم جديد</h2>
      <EntityForm action={saveSectionAction} fields={FIELDS} submitLabel="إضافة" title="قسم جديد" />
      <h2>الأقسام الحالية</h2>
      {sections.map((s) => (
        <EntityForm key={s.id} action={saveSectionAction} fields={FIELDS} values={s} hidden={{ id: s.id }} submitLabel="حفظ" title={`تعديل ${s.name}`} />
      ))}
    </>
  );
}
