import type { Metadata } from "next";
import Link from "next/link";
import { ChoosePasswordForm } from "@/components/auth/choose-password-form.client";
import { resetForToken } from "@/lib/auth/reset";
import { LINK_INVALID } from "@/lib/auth/schema";
import { TOKEN_PATTERN } from "@/lib/auth/tokens";
import { resetPasswordAction } from "./actions";

// The link's token is in the address: no Referer leaves the site ("same-origin"). Not
// "no-referrer": with it a form posted without JavaScript carries `Origin: null`, which the
// server rightly refuses as a cross-site post.
export const metadata: Metadata = { title: "كلمة مرور جديدة", robots: { index: false }, referrer: "same-origin" };
export const dynamic = "force-dynamic";

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = TOKEN_PATTERN.test(token) ? await resetForToken(token) : null;
  return (
    <div className="auth-card">
      <h1>اختر كلمة مرور جديدة</h1>
      {reset ? (
        <>
          <div className="auth-intro">
            <p>للحساب:</p>
            <p className="auth-account">
              <bdi dir="ltr">{reset.user.email}</bdi>
            </p>
            <p>ستنتهي جلساتك المفتوحة على كل الأجهزة.</p>
          </div>
          <ChoosePasswordForm action={resetPasswordAction} token={token} email={reset.user.email} submitLabel="حفظ كلمة المرور" />
        </>
      ) : (
        <p className="auth-error" role="alert">
          {LINK_INVALID}
        </p>
      )}
      <p className="auth-links">
        <Link href="/forgot">طلب رابط جديد</Link>
        <Link href="/login">تسجيل الدخول</Link>
      </p>
    </div>
  );
}
