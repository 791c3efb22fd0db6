"use client";

import Link from "next/link";
import { useState } from "react";
import { ImageField } from "@/components/admin/image-field.client";
import { useKeptForm } from "@/components/admin/use-kept-form";
import type { ActionState } from "@/lib/auth/action";
import { SOCIAL_NETWORKS } from "@/lib/settings/social";

export type SettingsValues = Record<string, string> & { logoId: string; logoUrl: string };

type Field = { name: string; label: string; hint?: string; type?: "text" | "email" | "tel" | "url" | "textarea"; dir?: "ltr"; placeholder?: string; autoComplete?: string };

/** The site settings in groups; each group says where readers see it. */
export function SettingsForm({
  action,
  values,
  twoFactorOptions,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  values: SettingsValues;
  twoFactorOptions: { value: string; label: string }[];
}) {
  const { state, pending, form } = useKeptForm(action);
  const [logo, setLogo] = useState<{ id: number; url: string } | null>(values.logoId && values.logoUrl ? { id: Number(values.logoId), url: values.logoUrl } : null);
  const error = (n: string) => (state && !state.ok ? state.errors?.[n] : undefined);
  const field = (f: Field) => {
    const id = `s-${f.name}`;
    const err = error(f.name);
    const described = [f.hint ? `${id}-hint` : "", err ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
    const common = { id, name: f.name, defaultValue: values[f.name] ?? "", dir: f.dir, "aria-invalid": err ? true : undefined, "aria-describedby": described };
    return (
      <div className="field" key={f.name}>
        <label htmlFor={id}>{f.label}</label>
        {f.type === "textarea" ? <textarea {...common} rows={4} /> : <input {...common} type={f.type === "url" ? "text" : (f.type ?? "text")} inputMode={f.type === "url" ? "url" : undefined} placeholder={f.placeholder} autoComplete={f.autoComplete ?? "off"} />}
        {f.hint && (
          <span className="hint" id={`${id}-hint`}>
            {f.hint}
          </span>
        )}
        {err && (
          <span className="field-error" id={`${id}-error`}>
            {err}
          </span>
        )}
      </div>
    );
  };
  return (
    // noValidate: the server's Arabic messages, not the browser's, and "x.com/…" without https:// is fine.
    <form {...form} className="settings-form" aria-label="إعدادات الموقع" noValidate>
      <fieldset>
        <legend>هوية الجريدة</legend>
        {field({ name: "siteName", label: "اسم الموقع" })}
        {field({ name: "siteDescription", label: "الشعار النصي", hint: "يظهر تحت اسم الجريدة في رأس كل صفحة، وفي عنوان الصفحة الرئيسية ووصفها." })}
        <input type="hidden" name="logoId" value={logo?.id ?? ""} />
        <ImageField id="s-logo" library={false} label="الشعار (صورة)" imageUrl={logo?.url ?? null} onUploaded={setLogo} onRemove={() => setLogo(null)} />
        <p className="hint">يحلّ الشعار محل اسم الجريدة المكتوب في رأس الصفحات، ونصه البديل اسم الموقع. دون صورة يظهر الاسم.</p>
        {error("logoId") && <p className="field-error">{error("logoId")}</p>}
      </fieldset>
      <fieldset>
        <legend>حسابات التواصل الاجتماعي</legend>
        <p className="hint">تظهر في تذييل كل صفحة بأيقوناتها. الحقل الفارغ لا يظهر.</p>
        {SOCIAL_NETWORKS.map((n) => field({ name: n.key, label: n.field, type: "url", dir: "ltr", placeholder: n.example }))}
      </fieldset>
      <fieldset>
        <legend>التواصل</legend>
        <p className="hint">
          تظهر في صفحة «اتصل بنا» (<Link href="/contact">/contact</Link>) المربوطة من تذييل الموقع.
        </p>
        {field({ name: "contactEmail", label: "بريد التواصل", type: "email", dir: "ltr" })}
        {field({ name: "contactPhone", label: "هاتف التواصل", type: "tel", dir: "ltr" })}
        {field({ name: "contactAddress", label: "العنوان البريدي", type: "textarea" })}
      </fieldset>
      <fieldset>
        <legend>التعليقات</legend>
        {field({ name: "commentPolicyText", label: "نص سياسة التعليقات", type: "textarea", hint: "يظهر للقراء فوق نموذج التعليق وفي صفحة التعليقات." })}
      </fieldset>
      <fieldset>
        <legend>البريد والأمان</legend>
        {field({ name: "mailFrom", label: "عنوان مرسل البريد (فارغ: no-reply بعنوان الموقع)", type: "email", dir: "ltr" })}
        <div className="field">
          <label htmlFor="s-twoFactorRequiredFor">التحقق بخطوتين إلزامي لـ</label>
          <select id="s-twoFactorRequiredFor" name="twoFactorRequiredFor" defaultValue={values.twoFactorRequiredFor}>
            {twoFactorOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {error("twoFactorRequiredFor") && <span className="field-error">{error("twoFactorRequiredFor")}</span>}
        </div>
      </fieldset>
      <div className="settings-actions">
        <button type="submit" disabled={pending}>
          حفظ
        </button>
        {state && (
          <span className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
            {state.message}
          </span>
        )}
      </div>
    </form>
  );
}
