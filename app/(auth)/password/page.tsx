import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guard";
import { PasswordForm } from "./password-form.client";

export const metadata: Metadata = { title: "تغيير كلمة المرور", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function PasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return (
    <div className="auth-card">
      <h1>تغيير كلمة المرور</h1>
      {user.mustChangePassword && <p>كلمة مرورك الحالية مؤقتة. اختر كلمة مرور جديدة للمتابعة.</p>}
      <p>يُنهي التغيير جلساتك على الأجهزة الأخرى.</p>
      <PasswordForm />
    </div>
  );
}
