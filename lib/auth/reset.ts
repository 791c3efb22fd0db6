import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { consume, type Rule } from "@/lib/comments/rate-limit";
import { dbHitStore } from "@/lib/comments/rate-limit-store";
import { HttpError } from "@/lib/http/errors";
import { passwordChangedMail, passwordResetMail } from "@/lib/mail/messages";
import { enqueueMail } from "@/lib/mail/queue";
import { getSiteSettingsUncached } from "@/lib/settings/queries";
import { normalizeEmail } from "./lockout";
import { hashPassword } from "./password";
import { assertPasswordAllowed } from "./password-policy";
import { LINK_INVALID } from "./schema";
import { revokeUserSessions } from "./sessions";
import { hashToken, newToken } from "./tokens";

// «نسيت كلمة المرور؟» (decision 131). The answer is the same whether or not the address has an
// account; requests are limited per address and per client (stored, so restarts and other
// instances count them too); the link is single use, lives one hour, and using it ends every
// session of the account.

export const RESET_MINUTES = 60;
export const RESET_SENT = "إن كان هذا البريد لحساب في غرفة الأخبار فقد أرسلنا إليه رابطاً لاختيار كلمة مرور جديدة، صالحاً لساعة واحدة.";
export const RESET_LIMITED = "طلبات كثيرة لإعادة تعيين كلمة المرور. حاول بعد ساعة.";
/** Per address: a few a hour (a person who lost the first mail can ask again). */
export const RESET_ADDRESS_RULES: Rule[] = [{ limit: 3, windowMs: 3_600_000 }];
/** Per client, across addresses: slows anyone mailing many people from one place. */
export const RESET_CLIENT_RULES: Rule[] = [{ limit: 10, windowMs: 3_600_000 }];

const addressKey = (email: string) => `reset:addr:${crypto.createHash("sha256").update(email).digest("base64url").slice(0, 32)}`;

export async function requestPasswordReset(emailRaw: string, clientHash: string, now = new Date()): Promise<void> {
  const email = normalizeEmail(emailRaw);
  const byClient = await consume(dbHitStore, `reset:client:${clientHash}`, RESET_CLIENT_RULES, now);
  const byAddress = byClient.ok ? await consume(dbHitStore, addressKey(email), RESET_ADDRESS_RULES, now) : byClient;
  if (!byAddress.ok) throw new HttpError(429, "rate_limited", RESET_LIMITED);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, active: true } });
  if (!user || !user.active) return;
  const { token, tokenHash } = newToken();
  await db.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000) } });
  await audit({ actorId: null, action: "auth.password_reset_request", entityType: "user", entityId: user.id });
  const settings = await getSiteSettingsUncached();
  await enqueueMail(email, "password_reset", passwordResetMail({ siteName: settings.siteName, name: user.name, token, minutes: RESET_MINUTES }));
}

/** The account a reset link names, while the link can be used; null otherwise. */
export async function resetForToken(token: string, now = new Date()) {
  const row = await db.passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, active: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return { id: row.id, user: row.user };
}

/** Set the new password, use the link up (and every other open link), end every session. */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<{ email: string }> {
  const reset = await resetForToken(token, now);
  if (!reset) throw new HttpError(400, "invalid", LINK_INVALID, { form: LINK_INVALID });
  assertPasswordAllowed(password, reset.user);
  const passwordHash = await hashPassword(password);
  const used = await db.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (used.count !== 1) throw new HttpError(400, "invalid", LINK_INVALID, { form: LINK_INVALID });
  await db.passwordReset.updateMany({ where: { userId: reset.user.id, usedAt: null }, data: { usedAt: now } });
  await db.user.update({ where: { id: reset.user.id }, data: { passwordHash, mustChangePassword: false } });
  const endedSessions = await revokeUserSessions(reset.user.id);
  await audit({ actorId: reset.user.id, action: "auth.password_reset", entityType: "user", entityId: reset.user.id, detail: { endedSessions } });
  const settings = await getSiteSettingsUncached();
  await enqueueMail(reset.user.email, "password_changed", passwordChangedMail({ siteName: settings.siteName, name: reset.user.name }));
  return { email: reset.user.email };
}
