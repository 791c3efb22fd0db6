import type { Metadata } from "next";
import Link from "next/link";
import { ForgotForm } from "./forgot-form.client";

export const metadata: Metadata = { title: "نسيت كلمة المرور", robots: { index: false } };

export default function ForgotPage() {
  return (
    <div className="auth-card">
      <h1>نسيت كلمة المرور؟</h1>
      <p>اكتب بريد حسابك، وسنرسل إليه رابطاً لاختيار كلمة مرور جديدة.</p>
      <ForgotForm />
      <p className="auth-links">
        <Link href="/login">العودة إلى تسجيل الدخول</Link>
      </p>
    </div>
  );
}
