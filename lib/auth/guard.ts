import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "./permissions";
import { sessionIsLive } from "./sessions";
import { getSiteSettingsUncached } from "@/lib/settings/queries";
import { roleNeedsTwoFactor } from "./two-factor-policy";
import { testIdentity } from "./test-identity";

// CONTRACT shared by the dashboard, the comment moderation and every route handler.
// getCurrentUser() reads the Auth.js session (a JWT cookie naming the user and a Session
// row) and then loads both from the database on every request: a deactivated account or an
// ended session (logout, password change, role change) is refused at once (decision 081).

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  mustChangePassword: boolean;
  /** The site's rule requires two-factor sign-in for this role (decision 132). */
  twoFactorRequired: boolean;
  /** …and this person has not enrolled yet: only their own account is open to them. */
  mustEnrollTwoFactor: boolean;
  /** The Session row in use (null only for unit tests' injected identities). */
  sessionId?: string | null;
};

export class AuthError extends Error {
  constructor(
    public status: 401 | 403,
    message = status === 401 ? "يجب تسجيل الدخول أولاً." : "ليست لديك صلاحية للقيام بهذا الإجراء.",
  ) {
    super(message);
  }
}

async function sessionIdentity(): Promise<{ userId: string; sid: string | null } | null> {
  const injected = testIdentity();
  if (injected) return injected.userId ? { userId: injected.userId, sid: null } : null;
  const { auth } = await import("@/auth");
  const session = (await auth()) as { uid?: unknown; sid?: unknown } | null;
  if (!session || typeof session.uid !== "string") return null;
  // A cookie without a session id (issued before sessions lived on the server) is no session.
  if (typeof session.sid !== "string" || !session.sid) return null;
  return { userId: session.uid, sid: session.sid };
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
    select: { id: true, name: true, email: true, role: true, mustChangePassword: true, active: true, totpEnabledAt: true },
  });
  if (!user || !user.active) return null;
  if (identity.sid !== null && !(await sessionIsLive(identity.sid, user.id))) return null;
  // The site's rule read fresh: a changed rule applies at the next request.
  const twoFactorRequired = roleNeedsTwoFactor(user.role, (await getSiteSettingsUncached()).twoFactorRequiredFor);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    twoFactorRequired,
    mustEnrollTwoFactor: twoFactorRequired && !user.totpEnabledAt,
    sessionId: identity.sid,
  };
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

export const ENROL_FIRST = "فعّل التحقق بخطوتين لحسابك أولاً (تلزمك به إعدادات الموقع): /two-factor";

/**
 * Throws 401 when anonymous, 403 when the role lacks the permission (or the ownership), and
 * 403 while the site's rule requires two-factor of this person and they have not enrolled.
 */
export async function requirePermission(permission: Permission, owner?: { ownerId: string | null | undefined }): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.mustEnrollTwoFactor) throw new AuthError(403, ENROL_FIRST);
  if (!can(user, permission, owner)) throw new AuthError(403);
  return user;
}
