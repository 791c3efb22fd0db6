import { EntityForm } from "@/components/admin/entity-form.client";
import { pagePermission } from "@/lib/auth/page-guard";
import { getSiteSettingsUncached } from "@/lib/settings/queries";
import { updateSettingsAction } from "./actions";

export default async function SettingsPage() {
  await pagePermission("settings:manage");
  const s = await getSiteSettingsUncached();
  return (
    <>
      <h1>إعدادات الموقع</h1>
      <EntityForm
        action={updateSettingsAction}
        fields={[
          { name: "siteName", label: "اسم الموقع" },
          { name: "timezone", label: "المنطقة الزمنية", dir: "ltr" },
          { name: "mailFrom", label: "عنوان مرسل البريد (فارغ: no-reply بعنوان الموقع)", type: "email", dir: "ltr" },
        ]}
        values={{ siteName: s.siteName, timezone: s.timezone, mailFrom: s.mailFrom }}
        submitLabel="حفظ"
        title="إعدادات الموقع"
      />
    </>
  );
}
