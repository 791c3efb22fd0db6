import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "./permissions";
import { testIdentity } from "./test-identity";

// CONTRACT shared by the dashboard, the comment moderation and every route handler.
// getCurrentUser() reads the Auth.js session (a JWT cookie naming the user and the
// account's sessionVersion) and then loads the user from the database on every request:
// a deactivated account, or one whose sessionVersion was bumped, is refused at once.

export type CurrentUser = { id: string; name: string; email: string; role: Role; mustChangePassword: boolean };

export class AuthError extends Error {
  constructor(
    public status: 401 | 403,
    message = status === 401 ? "يجب تسجيل الدخول أولاً." : "ليست لديك صلاحية للقيام بهذا الإجراء.",
  ) {
    super(message);
  }
}

async function sessionIdentity(): Promise<{ userId: string; sv: number | null } | null> {
  const injected = testIdentity();
  if (injected) return injected.userId ? { userId: injected.userId, sv: null } : null;
  const { auth } = await import("@/auth");
  const session = (await auth()) as { uid?: unknown; sv?: unknown } | null;
  if (!session || typeof session.uid !== "string") return null;
  return { userId: session.uid, sv: typeof session.sv === "number" ? session.sv : 0 };
}

async function loadCurrentUser(): Promise<CurrentUser | null> {
  let identity: Awaited<ReturnType<typeof sessionIdentity>>;
  try {
    identity = await sessionIdentity();
  } catch {
    return null; // a malformed or foreign cookie is simply "not signed in"
  }
  if (!identity) return null;
  const user = await db.user.findUnique({
    where: { id: identity.userId },
    select: { id: true, name: true, email: true, role: true, mustChangePassword: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active) return null;
  if (identity.sv !== null && identity.sv !== user.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword };
}

/** The signed-in, active staff member, freshly read from the database; null otherwise. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return testIdentity() ? loadCurrentUser() : cachedCurrentUser();
}
// Once per request (React cache): a page and its actions see the same answer.
const cachedCurrentUser = cache(loadCurrentUser);

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
