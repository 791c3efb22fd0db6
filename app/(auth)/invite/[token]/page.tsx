import type { Metadata } from "next";
import Link from "next/link";
import { ChoosePasswordForm } from "@/components/auth/choose-password-form.client";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { INVITE_INVALID } from "@/lib/auth/schema";
import { TOKEN_PATTERN } from "@/lib/auth/tokens";
import type { Role } from "@/lib/generated/prisma/enums";
import { invitationForToken } from "@/lib/staff/invitations";
import { acceptInvitationAction } from "./actions";

// The link's token is in the address: no Referer leaves the site ("same-origin"). Not
// "no-referrer": with it a form posted without JavaScript carries `Origin: null`, which the
// server rightly refuses as a cross-site post.
export const metadata: Metadata = { title: "قبول الدعوة", robots: { index: false }, referrer: "same-origin" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const inv = TOKEN_PATTERN.test(token) ? await invitationForToken(token) : null;
  return (
    <div className="auth-card">
      <h1>الانضمام إلى غرفة الأخبار</h1>
      {inv ? (
        <>
          <div className="auth-intro">
            <p>
              مرحباً {inv.name}. دُعيت بدور «{ROLE_LABELS[inv.role as Role] ?? inv.role}» بالبريد:
            </p>
            <p className="auth-account">
              <bdi dir="ltr">{inv.email}</bdi>
            </p>
            <p>اختر كلمة مرورك لتفعيل حسابك.</p>
          </div>
          <ChoosePasswordForm action={acceptInvitationAction} token={token} email={inv.email} submitLabel="تفعيل الحساب" />
        </>
      ) : (
        <p className="auth-error" role="alert">
          {INVITE_INVALID}
        </p>
      )}
      <p className="auth-links">
        <Link href="/login">تسجيل الدخول</Link>
      </p>
    </div>
  );
}
