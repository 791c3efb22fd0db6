import Link from "next/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { FilterSelect, pageLink } from "@/components/admin/filter-select";
import { notFound } from "next/navigation";
import { parsePage } from "@/lib/articles/urls";
import { listAudit } from "@/lib/audit/queries";
import { pagePermission } from "@/lib/auth/page-guard";
import { formatArabicDateTime } from "@/lib/dates/format";

const LABELS: Record<string, string> = {
  "auth.signin": "تسجيل دخول",
  "auth.password_change": "تغيير كلمة المرور",
  "auth.password_reset_request": "طلب إعادة تعيين كلمة المرور",
  "auth.password_reset": "إعادة تعيين كلمة المرور",
  "auth.two_factor_enable": "تفعيل التحقق بخطوتين",
  "auth.two_factor_disable": "إيقاف التحقق بخطوتين",
  "auth.two_factor_reset": "إعادة ضبط التحقق بخطوتين لموظف",
  "auth.two_factor_failed": "رمز تحقق خاطئ عند الدخول",
  "auth.recovery_code_used": "دخول برمز استرداد",
  "auth.recovery_codes": "إصدار رموز استرداد جديدة",
  "auth.session_end": "إنهاء جلسة",
  "auth.sessions_end_others": "إنهاء الجلسات الأخرى",
  "staff.invite": "دعوة موظف",
  "staff.invite_resend": "إعادة إرسال دعوة",
  "staff.invite_revoke": "إلغاء دعوة",
  "staff.invite_accept": "قبول دعوة",
  "mail.retry": "إعادة إرسال بريد",
  "article.publish": "نشر",
  "article.unpublish": "إلغاء نشر",
  "article.unschedule": "إلغاء جدولة",
  "article.schedule": "جدولة",
  "article.publish_scheduled": "نشر مجدول",
  "article.archive": "أرشفة",
  "article.submit": "إرسال للمراجعة",
  "article.restore": "استعادة نسخة",
  "staff.create": "إنشاء حساب",
  "staff.role": "تغيير دور",
  "staff.deactivate": "تعطيل حساب",
  "staff.activate": "تفعيل حساب",
  "staff.sessions_end": "إنهاء جلسات",
  "settings.update": "تعديل الإعدادات",
};

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await pagePermission("audit:view");
  const sp = await searchParams;
  const page = parsePage(sp.page);
  if (!page) notFound();
  const r = await listAudit({ action: sp.action || undefined, actorId: sp.actor || undefined, entityType: sp.type || undefined, entityId: sp.item || undefined, page });
  const link = (p: number) => pageLink("/admin/audit", sp, p);
  return (
    <>
      <h1>سجل التدقيق</h1>
      <form className="filters" method="get">
        <FilterSelect label="الإجراء" name="action" value={sp.action} options={r.actions.map((a) => ({ value: a, label: LABELS[a] ?? a }))} />
        <FilterSelect label="المستخدم" name="actor" value={sp.actor} options={r.actors.map((a) => ({ value: a.id, label: a.name }))} />
        <label className="field">
          <span>النوع</span>
          <select name="type" defaultValue={sp.type ?? ""}>
            <option value="">الكل</option>
            <option value="article">مقال</option>
            <option value="user">حساب</option>
            <option value="comment">تعليق</option>
            <option value="settings">إعدادات</option>
          </select>
        </label>
        <label className="field">
          <span>رقم العنصر</span>
          <input name="item" defaultValue={sp.item ?? ""} dir="ltr" />
        </label>
        <button type="submit">تصفية</button>
      </form>
      <table className="table">
        <thead>
          <tr>
            <th>الوقت</th>
            <th>المستخدم</th>
            <th>الإجراء</th>
            <th>العنصر</th>
            <th>تفاصيل</th>
          </tr>
        </thead>
        <tbody>
          {r.items.map((e) => (
            <tr key={e.id}>
              <td>{formatArabicDateTime(e.createdAt)}</td>
              <td>{e.actor?.name ?? "النظام"}</td>
              <td>{LABELS[e.action] ?? e.action}</td>
              <td>
                {e.entityType === "article" && e.entityId ? <Link href={`/admin/articles/${e.entityId}`}>مقال {e.entityId}</Link> : `${e.entityType} ${e.entityId ?? ""}`}
              </td>
              <td dir="ltr">
                <small>{e.detail}</small>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AdminPager page={page} pages={r.pages} href={link} />
    </>
  );
}
