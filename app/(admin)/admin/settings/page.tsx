import { pagePermission } from "@/lib/auth/page-guard";
import { TWO_FACTOR_POLICIES, TWO_FACTOR_POLICY_LABELS } from "@/lib/auth/two-factor-policy";
import { getSiteSettingsUncached } from "@/lib/settings/queries";
import { SOCIAL_NETWORKS } from "@/lib/settings/social";
import { updateSettingsAction } from "./actions";
import { SettingsForm, type SettingsValues } from "./settings-form.client";

export default async function SettingsPage() {
  await pagePermission("settings:manage");
  const s = await getSiteSettingsUncached();
  const values: SettingsValues = {
    siteName: s.siteName,
    siteDescription: s.siteDescription,
    logoId: s.logo && s.logoId ? String(s.logoId) : "",
    logoUrl: s.logo?.url ?? "",
    ...Object.fromEntries(SOCIAL_NETWORKS.map((n) => [n.key, s[n.key]])),
    commentPolicyText: s.commentPolicyText,
    contactEmail: s.contactEmail,
    contactPhone: s.contactPhone,
    contactAddress: s.contactAddress,
    mailFrom: s.mailFrom,
    twoFactorRequiredFor: s.twoFactorRequiredFor,
  };
  return (
    <>
      <h1>إعدادات الموقع</h1>
      <p className="hint">تصل التغييرات إلى صفحات القراء فور الحفظ. من يلزمه التحقق بخطوتين ولم يفعّله يُطلب منه تفعيله قبل أي عمل في لوحة التحرير، وأنت منهم إن شملك.</p>
      <SettingsForm action={updateSettingsAction} values={values} twoFactorOptions={TWO_FACTOR_POLICIES.map((value) => ({ value, label: TWO_FACTOR_POLICY_LABELS[value] }))} />
    </>
  );
}
