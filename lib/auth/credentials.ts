import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { normalizeEmail, reserveAttempt, settleAttempt } from "./lockout";
import { verifyPassword } from "./password";

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "invalid" }
  /** The password is right; the account has two-factor: the code step comes next (decision 132). */
  | { ok: false; reason: "second-factor"; userId: string }
  | { ok: false; reason: "locked"; retryAfter: number };

/** Check a password, honouring and feeding the lockout counters. */
export async function checkCredentials(emailRaw: string, password: string, clientHash: string): Promise<SignInResult> {
  const email = normalizeEmail(emailRaw);
  const attempt = await reserveAttempt(email, clientHash);
  if ("locked" in attempt) return { ok: false, reason: "locked", retryAfter: attempt.locked };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, active: true, totpEnabledAt: true },
  });
  const good = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !good || !user.active) {
    await audit({ actorId: null, action: "auth.signin_failed", entityType: "user", entityId: user?.id ?? null, detail: user ? { inactive: good && !user.active } : { email } });
    return { ok: false, reason: "invalid" };
  }
  // Left counted as a failure: only the code step turns an attempt into a success, so the
  // password alone never resets the limits on guessing the code.
  if (user.totpEnabledAt) return { ok: false, reason: "second-factor", userId: user.id };
  await settleAttempt(attempt.id, true);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await audit({ actorId: user.id, action: "auth.signin", entityType: "user", entityId: user.id });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
