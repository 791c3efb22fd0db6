import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "@/lib/auth/guard";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import type { Role } from "@/lib/generated/prisma/enums";
import { HttpError } from "@/lib/http/errors";
import { StateError } from "@/lib/articles/errors";

// Accounts are never deleted (history stays attributable): only deactivated. A role change
// or deactivation ends every session of the account (decision 081).

export class StaffError extends StateError {}

/** An address that already has an account: refused on the email field (creating, inviting). */
export const emailTaken = () => new HttpError(409, "duplicate", "يوجد حساب بهذا البريد.", { email: "يوجد حساب بهذا البريد." });

export async function createStaff(actor: CurrentUser, input: { name: string; email: string; role: Role }) {
  const oneTimePassword = crypto.randomBytes(9).toString("base64url");
  const exists = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (exists) throw emailTaken();
  const user = await db.user.create({
    data: { ...input, passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true },
    select: { id: true },
  });
  await audit({ actorId: actor.id, action: "staff.create", entityType: "user", entityId: user.id, detail: { email: input.email, role: input.role } });
  return { id: user.id, oneTimePassword };
}

export async function changeRole(actor: CurrentUser, userId: string, role: Role) {
  if (userId === actor.id) throw new StaffError("لا يمكنك تغيير دورك بنفسك.");
  const before = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!before) throw new StaffError("الحساب غير موجود.");
  await db.user.update({ where: { id: userId }, data: { role } });
  await revokeUserSessions(userId);
  await audit({ actorId: actor.id, action: "staff.role", entityType: "user", entityId: userId, detail: { from: before.role, to: role } });
}

export async function setActive(actor: CurrentUser, userId: string, active: boolean) {
  if (userId === actor.id) throw new StaffError("لا يمكنك تعطيل حسابك بنفسك.");
  const r = await db.user.updateMany({ where: { id: userId }, data: { active } });
  if (r.count === 0) throw new StaffError("الحساب غير موجود.");
  await revokeUserSessions(userId);
  await audit({ actorId: actor.id, action: active ? "staff.activate" : "staff.deactivate", entityType: "user", entityId: userId });
}

/** An admin signs a staff member out everywhere (a lost laptop, a shared computer). */
export async function endSessions(actor: CurrentUser, userId: string): Promise<number> {
  const exists = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) throw new StaffError("الحساب غير موجود.");
  const ended = await revokeUserSessions(userId, userId === actor.id ? actor.sessionId : null);
  await audit({ actorId: actor.id, action: "staff.sessions_end", entityType: "user", entityId: userId, detail: { ended } });
  return ended;
}
