import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "@/lib/auth/guard";
import { hashPassword } from "@/lib/auth/password";
import { assertPasswordAllowed } from "@/lib/auth/password-policy";
import { INVITE_INVALID } from "@/lib/auth/schema";
import { hashToken, newToken } from "@/lib/auth/tokens";
import type { Role } from "@/lib/generated/prisma/enums";
import { HttpError } from "@/lib/http/errors";
import { invitationMail } from "@/lib/mail/messages";
import { enqueueMail } from "@/lib/mail/queue";
import { getSiteSettingsUncached } from "@/lib/settings/queries";
import { emailTaken, StaffError } from "./mutations";

// Invitations (decision 131): an admin names a person, an address and a role; the person
// chooses their own password from a single-use link that lives 72 hours. The admin never
// sees a password. The account exists only once the invitation is accepted.

export const INVITE_HOURS = 72;

const pending = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

async function send(invitationId: number, token: string, actor: CurrentUser) {
  const inv = await db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { email: true, name: true, role: true } });
  const settings = await getSiteSettingsUncached();
  await enqueueMail(inv.email, "invitation", invitationMail({ siteName: settings.siteName, name: inv.name, role: inv.role as Role, inviter: actor.name, token, hours: INVITE_HOURS }));
}

export async function inviteStaff(actor: CurrentUser, input: { name: string; email: string; role: Role }, now = new Date()): Promise<number> {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw emailTaken();
  }
  if (await db.invitation.findFirst({ where: { email: input.email, ...pending(now) }, select: { id: true } })) {
    throw new HttpError(409, "duplicate", "دُعي هذا البريد من قبل: أعد إرسال دعوته من القائمة.", { email: "دُعي هذا البريد من قبل." });
  }
  const { token, tokenHash } = newToken();
  const inv = await db.invitation.create({
    data: { email: input.email, name: input.name, role: input.role, tokenHash, invitedById: actor.id, expiresAt: new Date(now.getTime() + INVITE_HOURS * 3600_000) },
    select: { id: true },
  });
  await audit({ actorId: actor.id, action: "staff.invite", entityType: "invitation", entityId: inv.id, detail: { email: input.email, role: input.role } });
  await send(inv.id, token, actor);
  return inv.id;
}

/** A new link (the old one stops working) and 72 fresh hours. */
export async function resendInvitation(actor: CurrentUser, id: number, now = new Date()): Promise<void> {
  const { token, tokenHash } = newToken();
  const r = await db.invitation.updateMany({
    where: { id, acceptedAt: null, revokedAt: null },
    data: { tokenHash, expiresAt: new Date(now.getTime() + INVITE_HOURS * 3600_000) },
  });
  if (r.count === 0) throw new StaffError("لا دعوة قائمة بهذا الرقم (قُبلت أو أُلغيت).");
  await audit({ actorId: actor.id, action: "staff.invite_resend", entityType: "invitation", entityId: id });
  await send(id, token, actor);
}

export async function revokeInvitation(actor: CurrentUser, id: number, now = new Date()): Promise<void> {
  const r = await db.invitation.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  if (r.count === 0) throw new StaffError("لا دعوة قائمة بهذا الرقم (قُبلت أو أُلغيت).");
  await audit({ actorId: actor.id, action: "staff.invite_revoke", entityType: "invitation", entityId: id });
}

/** Invitations not yet accepted or revoked (expired ones too: they can be resent). */
export async function listOpenInvitations() {
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, name: true, role: true, expiresAt: true, createdAt: true },
  });
}

/** The invitation a link names, while it can still be used; null otherwise. */
export async function invitationForToken(token: string, now = new Date()) {
  return db.invitation.findFirst({ where: { tokenHash: hashToken(token), ...pending(now) }, select: { id: true, email: true, name: true, role: true } });
}

/**
 * The invited person chooses a password: the invitation is used up (one conditional UPDATE,
 * so two tabs cannot both use it) and the account is made, in one transaction.
 */
export async function acceptInvitation(token: string, password: string, now = new Date()): Promise<{ email: string }> {
  const inv = await invitationForToken(token, now);
  if (!inv) throw new HttpError(400, "invalid", INVITE_INVALID, { form: INVITE_INVALID });
  assertPasswordAllowed(password, { email: inv.email, name: inv.name });
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const used = await tx.invitation.updateMany({ where: { id: inv.id, tokenHash: hashToken(token), ...pending(now) }, data: { acceptedAt: now } });
    if (used.count !== 1) throw new HttpError(400, "invalid", INVITE_INVALID, { form: INVITE_INVALID });
    if (await tx.user.findUnique({ where: { email: inv.email }, select: { id: true } })) {
      throw new HttpError(409, "duplicate", "يوجد حساب بهذا البريد. سجّل الدخول أو اطلب إعادة تعيين كلمة المرور.");
    }
    const user = await tx.user.create({ data: { email: inv.email, name: inv.name, role: inv.role as Role, passwordHash }, select: { id: true } });
    await tx.invitation.update({ where: { id: inv.id }, data: { userId: user.id } });
    await audit({ actorId: user.id, action: "staff.invite_accept", entityType: "user", entityId: user.id, detail: { invitation: inv.id, role: inv.role } }, tx);
    return { email: inv.email };
  });
}
