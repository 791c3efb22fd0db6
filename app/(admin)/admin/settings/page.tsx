import { EntityForm } from "@/components/admin/entity-form.client";
import { pagePermission } from "@/lib/auth/page-guard";
import { TWO_FACTOR_POLICIES, TWO_FACTOR_POLICY_LABELS } from "@/lib/auth/two-factor-policy";
import { getSiteSettingsUncached } from "@/lib/settings/queries";
import { updateSettingsAction } from "./actions";

export default async function SettingsPage() {
  await pagePermission("settings:manage");
  const s = await getSiteSettingsUncached();
  return (
    <>
      <h1>إعدادات الموقع</h1>
      <p className="hint">من يلزمه التحقق بخطوتين ولم يفعّله يُطلب منه تفعيله قبل أي عمل في لوحة التحرير، وأنت منهم إن شملك.</p>
      <EntityForm
        action={updateSettingsAction}
        fields={[
          { name: "siteName", label: "اسم الموقع" },
          { name: "timezone", label: "المنطقة الزمنية", dir: "ltr" },
          { name: "mailFrom", label: "عنوان مرسل البريد (فارغ: no-reply بعنوان الموقع)", type: "email", dir: "ltr" },
          {
            name: "twoFactorRequiredFor",
            label: "التحقق بخطوتين إلزامي لـ",
            type: "select",
            options: TWO_FACTOR_POLICIES.map((value) => ({ value, label: TWO_FACTOR_POLICY_LABELS[value] })),
          },
        ]}
        values={{ siteName: s.siteName, timezone: s.timezone, mailFrom: s.mailFrom, twoFactorRequiredFor: s.twoFactorRequiredFor }}
        submitLabel="حفظ"
        title="إعدادات الموقع"
      />
    </>
  );
}
