import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "./guard";
import { lockedFor, recordAttempt } from "./lockout";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { lockedMessage, WRONG_CURRENT_PASSWORD } from "./schema";
import { revokeUserSessions } from "./sessions";

export type PasswordChange = { ok: true; endedSessions: number } | { ok: false; field: "current" | "password"; message: string };

/**
 * A staff member changes their own password. The current one is required (a borrowed
 * session alone cannot take the account over) and guesses count against the same sign-in
 * limits; every other session of the account ends (decision 081).
 */
export async function changeOwnPassword(user: CurrentUser, current: string, password: string, clientHash: string): Promise<PasswordChange> {
  const wait = await lockedFor(user.email, clientHash);
  if (wait > 0) return { ok: false, field: "current", message: lockedMessage(wait) };
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row?.passwordHash ?? null, current))) {
    await recordAttempt(user.email, clientHash, false);
    return { ok: false, field: "current", message: WRONG_CURRENT_PASSWORD };
  }
  const problem = passwordProblem(password, user);
  if (problem) return { ok: false, field: "password", message: problem };
  const passwordHash = await hashPassword(password);
  await db.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
  const endedSessions = await revokeUserSessions(user.id, user.sessionId);
  await audit({ actorId: user.id, action: "auth.password_change", entityType: "user", entityId: user.id, detail: { endedSessions } });
  return { ok: true, endedSessions };
}
