import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "./permissions";

// CONTRACT shared by the dashboard, the comment moderation and every route handler.
// The newsroom work replaces getCurrentUser() with the real Auth.js session lookup
// (loading the user from the database on every call, refusing inactive accounts).

export type CurrentUser = { id: string; name: string; email: string; role: Role; mustChangePassword: boolean };

export class AuthError extends Error {
  constructor(
    public status: 401 | 403,
    message = status === 401 ? "يجب تسجيل الدخول أولاً." : "ليست لديك صلاحية للقيام بهذا الإجراء.",
  ) {
    super(message);
  }
}

/** The signed-in, active staff member, freshly read from the database; null otherwise. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return null;
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError(401);
  return user;
}

/** Throws 401 when anonymous, 403 when the role lacks the permission (or the ownership). */
export async function requirePermission(permission: Permission, owner?: { ownerId: string | null | undefined }): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission, owner)) throw new AuthError(403);
  return user;
}
