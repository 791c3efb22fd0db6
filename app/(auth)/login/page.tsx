import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guard";
import { SIGN_IN_FAILED, safeNext } from "@/lib/auth/schema";
import { LoginForm } from "./login-form.client";

export const metadata: Metadata = { title: "تسجيل الدخول", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const sp = await searchParams;
  const next = safeNext(sp.next);
  if (await getCurrentUser()) redirect(next);
  return (
    <div className="auth-card">
      <h1>تسجيل دخول المحررين</h1>
      <LoginForm next={next} initialError={sp.error ? SIGN_IN_FAILED : null} />
    </div>
  );
}
