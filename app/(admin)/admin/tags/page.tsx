import { EntityForm, type FieldDef } from "@/components/admin/entity-form.client";
import { pagePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { saveTagAction } from "./actions";

const FIELDS: FieldDef[] = [
  { name: "name", label: "الاسم" },
  { name: "slug", label: "الرابط المختصر", dir: "ltr" },
];

export default async function TagsPage() {
  await pagePermission("taxonomy:manage");
  const tags = await db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true }, take: 200 });
  return (
    <>
      <h1>الوسوم</h1>
      <h2>وسم جديد</h2>
      <EntityForm action={saveTagAction} fields={FIELDS} submitLabel="إضافة" title="وسم جديد" />
      <h2>الوسوم الحالية</h2>
      {tags.map((t) => (
        <EntityForm key={t.id} action={saveTagAction} fields={FIELDS} values={t} hidden={{ id: t.id }} submitLabel="حفظ" title={`تعديل ${t.name}`} />
      ))}
    </>
  );
}
