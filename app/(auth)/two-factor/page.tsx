import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guard";
import { pendingEnrolment } from "@/lib/auth/two-factor";
import { EnrolForm } from "./enrol-form.client";

export const metadata: Metadata = { title: "التحقق بخطوتين", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Turning two-factor sign-in on (decision 132); where the site's rule sends those who must. */
export default async function TwoFactorPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?next=/admin/account");
  if (user.mustChangePassword) redirect("/password");
  const enrolment = await pendingEnrolment(user);
  if (!enrolment) {
    return (
      <div className="auth-card">
        <h1>التحقق بخطوتين</h1>
        <p role="status">التحقق بخطوتين مفعّل لحسابك.</p>
        <p className="auth-links">
          <Link href="/admin/account">حسابي</Link>
        </p>
      </div>
    );
  }
  const groups = enrolment.secret.match(/.{1,4}/g)?.join(" ") ?? enrolment.secret;
  return (
    <div className="auth-card two-factor">
      <h1>تفعيل التحقق بخطوتين</h1>
      {user.mustEnrollTwoFactor && (
        <p className="auth-notice" role="status">
          تلزم إعدادات الموقع دورك بالتحقق بخطوتين. فعّله للمتابعة إلى لوحة التحرير.
        </p>
      )}
      <EnrolForm
        steps={
          <>
            <p>يحمي حسابك إن سُرقت كلمة مرورك: يُطلب عند كل دخول رمز من تطبيق مصادقة على هاتفك.</p>
            <ol className="steps">
              <li>ثبّت تطبيق مصادقة على هاتفك (مثل Google Authenticator أو Microsoft Authenticator أو Aegis أو 1Password).</li>
              <li>
                امسح هذا الرمز بالتطبيق:
                <span className="qr" role="img" aria-label="رمز QR لإضافة الحساب إلى تطبيق المصادقة" dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
                أو أدخل هذا المفتاح يدوياً:{" "}
                <code dir="ltr" className="totp-secret">
                  {groups}
                </code>
              </li>
              <li>أدخل الرمز المكوّن من ستة أرقام الذي يظهره التطبيق الآن.</li>
            </ol>
          </>
        }
      />
    </div>
  );
}
