import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { getCurrentUser } from "@/lib/auth/guard";
import "../admin.css";

export const metadata: Metadata = { title: { template: "%s | غرفة الأخبار", default: "غرفة الأخبار" }, robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect("/password");
  if (user.mustEnrollTwoFactor) redirect("/two-factor");
  return (
    <div className="admin-shell">
      <AdminNav user={user} />
      <main className="admin-main" id="main">
        {children}
      </main>
    </div>
  );
}
