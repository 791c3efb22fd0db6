import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guard";
import { CHALLENGE_EXPIRED, SIGN_IN_FAILED, safeNext } from "@/lib/auth/schema";
import { LoginForm } from "./login-form.client";

export const metadata: Metadata = { title: "تسجيل الدخول", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string; error?: string; done?: string }> };

const DONE: Record<string, string> = {
  reset: "تغيّرت كلمة المرور وانتهت جلساتك السابقة. سجّل الدخول بكلمة المرور الجديدة.",
  invite: "فُعّل حسابك. سجّل الدخول بكلمة المرور التي اخترتها.",
};

export default async function LoginPage({ searchParams }: Props) {
  const sp = await searchParams;
  const next = safeNext(sp.next);
  if (await getCurrentUser()) redirect(next);
  return (
    <div className="auth-card">
      <h1>تسجيل دخول المحررين</h1>
      {sp.done && DONE[sp.done] && (
        <p className="auth-notice" role="status">
          {DONE[sp.done]}
        </p>
      )}
      <LoginForm next={next} initialError={sp.error === "expired" ? CHALLENGE_EXPIRED : sp.error ? SIGN_IN_FAILED : null} />
      <p className="auth-links">
        <Link href="/forgot">نسيت كلمة المرور؟</Link>
      </p>
    </div>
  );
}
