import { EntityForm, type FieldDef } from "@/components/admin/entity-form.client";
import { pagePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { mediaUrl } from "@/lib/media/url";
import { saveAuthorAction } from "./actions";

const FIELDS: FieldDef[] = [
  { name: "name", label: "الاسم" },
  { name: "slug", label: "الرابط المختصر", dir: "ltr" },
  { name: "columnName", label: "اسم العمود" },
  { name: "bio", label: "نبذة", type: "textarea" },
  { name: "photoId", label: "الصورة", type: "image" },
];

export default async function AuthorsPage() {
  await pagePermission("taxonomy:manage");
  const rows = await db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, columnName: true, bio: true, photoId: true, photo: { select: { path: true } } } });
  return (
    <>
      <h1>الكتّاب</h1>
      <h2>كاتب جديد</h2>
      <EntityForm action={saveAuthorAction} fields={FIELDS} submitLabel="إضافة" title="كاتب جديد" />
      <h2>الكتّاب الحاليون</h2>
      {rows.map((r) => (
        <EntityForm key={r.id} action={saveAuthorAction} fields={FIELDS} values={{ ...r, photo: undefined, photoIdUrl: r.photo ? mediaUrl(r.photo.path) : null }} hidden={{ id: r.id }} submitLabel="حفظ" title={`تعديل ${r.name}`} />
      ))}
    </>
  );
}
