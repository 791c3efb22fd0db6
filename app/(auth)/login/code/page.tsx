import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guard";
import { CODE_FAILED, safeNext } from "@/lib/auth/schema";
import { CodeForm } from "./code-form.client";

export const metadata: Metadata = { title: "رمز التحقق", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string; error?: string }> };

/** The second step of a sign-in for accounts with two-factor (decision 132). */
export default async function SignInCodePage({ searchParams }: Props) {
  const sp = await searchParams;
  const next = safeNext(sp.next);
  if (await getCurrentUser()) redirect(next);
  return (
    <div className="auth-card">
      <h1>رمز التحقق</h1>
      <p>افتح تطبيق المصادقة على هاتفك وأدخل الرمز المكوّن من ستة أرقام الظاهر لحسابك. إن لم يكن هاتفك معك فأدخل أحد رموز الاسترداد.</p>
      <CodeForm next={next} initialError={sp.error === "invalid" ? CODE_FAILED : null} />
      <p className="auth-links">
        <Link href={`/login?next=${encodeURIComponent(next)}`}>العودة إلى تسجيل الدخول</Link>
      </p>
    </div>
  );
}
