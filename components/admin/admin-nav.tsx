import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { AdminMenu } from "./admin-menu.client";

/** The dashboard's side navigation; links hidden when the role cannot use them (the pages check again). */
export function AdminNav({ user }: { user: CurrentUser }) {
  const links: { href: string; label: string; show: boolean }[] = [
    { href: "/admin", label: "لوحة التحكم", show: true },
    { href: "/admin/articles", label: "المقالات", show: can(user, "article:create") },
    { href: "/admin/articles/new", label: "مقال جديد", show: can(user, "article:create") },
    { href: "/admin/front", label: "الصفحة الأولى", show: can(user, "front:arrange") },
    { href: "/admin/media", label: "مكتبة الوسائط", show: can(user, "media:upload") },
    { href: "/admin/sections", label: "الأقسام", show: can(user, "taxonomy:manage") },
    { href: "/admin/tags", label: "الوسوم", show: can(user, "taxonomy:manage") },
    { href: "/admin/supplements", label: "الملاحق", show: can(user, "taxonomy:manage") },
    { href: "/admin/authors", label: "الكتّاب", show: can(user, "taxonomy:manage") },
    { href: "/admin/corrections", label: "التصحيحات", show: can(user, "correction:manage") },
    { href: "/admin/stats", label: "الإحصاءات", show: can(user, "stats:view") },
    { href: "/admin/comments", label: "التعليقات", show: can(user, "comment:moderate") },
    { href: "/admin/comments/settings", label: "إعدادات التعليقات", show: can(user, "comment:settings") },
    { href: "/admin/staff", label: "الموظفون", show: can(user, "staff:manage") },
    { href: "/admin/settings", label: "إعدادات الموقع", show: can(user, "settings:manage") },
    { href: "/admin/audit", label: "سجل التدقيق", show: can(user, "audit:view") },
    { href: "/admin/outbox", label: "البريد الصادر", show: can(user, "mail:outbox") },
    { href: "/admin/api-keys", label: "مفاتيح الواجهة البرمجية", show: can(user, "apikey:manage") },
    { href: "/admin/webhooks", label: "إشعارات الويب", show: can(user, "webhook:manage") },
    { href: "/admin/account", label: "حسابي", show: true },
  ];
  return (
    <nav className="admin-nav" aria-label="قائمة لوحة التحكم">
      <p className="admin-brand">غرفة الأخبار</p>
      <AdminMenu>
        <ul>
          {links
            .filter((l) => l.show)
            .map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
        </ul>
        <div className="admin-user">
          <span>
            {user.name} <small>({ROLE_LABELS[user.role]})</small>
          </span>
          <form method="post" action="/api/logout">
            <button type="submit" className="btn-link">
              تسجيل الخروج
            </button>
          </form>
        </div>
      </AdminMenu>
    </nav>
  );
}
