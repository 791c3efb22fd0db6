import "server-only";
import { redirect } from "next/navigation";
import { AuthError, requirePermission, type CurrentUser } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/permissions";

/** For pages: anonymous → sign-in; signed in without the permission → null (the page says so). */
export async function pageGuard(permission: Permission, next: string): Promise<CurrentUser | null> {
  try {
    return await requirePermission(permission);
  } catch (e) {
    if (e instanceof AuthError && e.status === 401) redirect(`/login?next=${encodeURIComponent(next)}`);
    if (e instanceof AuthError) return null;
    throw e;
  }
}

export function Forbidden() {
  return (
    <>
      <h1>غير مسموح</h1>
      <p className="form-error" role="alert">
        ليست لديك صلاحية لإدارة التعليقات.
      </p>
    </>
  );
}
