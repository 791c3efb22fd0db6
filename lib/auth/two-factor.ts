import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { getSiteSettings } from "@/lib/settings/queries";
import type { CurrentUser } from "./guard";
import { lockedFor, recordAttempt } from "./lockout";
import { verifyPassword } from "./password";
import { consumeRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, unusedRecoveryCodes } from "./recovery-codes";
import { CODE_FAILED, lockedMessage, WRONG_CURRENT_PASSWORD } from "./schema";
import { revokeUserSessions } from "./sessions";
import { openTotpSecret, newTotpSecret, sealTotpSecret, totpQrSvg, totpUri, verifyTotp } from "./totp";

// Two-factor sign-in for staff (issue 13, decision 132): enrolment, the second step's check,
// recovery codes, turning it off, and an admin's reset for someone who lost their phone.

export type TwoFactorStatus = { enabled: boolean; enabledAt: Date | null; unusedRecoveryCodes: number };

export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  return { enabled: !!user?.totpEnabledAt, enabledAt: user?.totpEnabledAt ?? null, unusedRecoveryCodes: user?.totpEnabledAt ? await unusedRecoveryCodes(userId) : 0 };
}

export type Enrolment = { secret: string; uri: string; qrSvg: string };

/**
 * The secret being enrolled (made on first visit, kept until confirmed, so reloading the
 * page shows the same QR code); null when two-factor is already on.
 */
export async function pendingEnrolment(user: Pick<CurrentUser, "id" | "email">): Promise<Enrolment | null> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true, totpPendingSecret: true } });
  if (!row || row.totpEnabledAt) return null;
  let secret = openTotpSecret(row.totpPendingSecret);
  if (!secret) {
    secret = newTotpSecret();
    await db.user.update({ where: { id: user.id }, data: { totpPendingSecret: sealTotpSecret(secret) } });
  }
  const { siteName } = await getSiteSettings();
  const uri = totpUri(secret, siteName, user.email);
  return { secret, uri, qrSvg: await totpQrSvg(uri) };
}

export type Confirmed = { ok: true; codes: string[] } | { ok: false; message: string };

/** The first code from the app turns two-factor on; the recovery codes come back once. */
export async function confirmEnrolment(user: CurrentUser, code: string): Promise<Confirmed> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true, totpPendingSecret: true } });
  if (row?.totpEnabledAt) return { ok: false, message: "التحقق بخطوتين مفعّل لحسابك من قبل." };
  const secret = openTotpSecret(row?.totpPendingSecret ?? null);
  if (!secret) return { ok: false, message: "انتهت جلسة التفعيل. أعد تحميل الصفحة وامسح الرمز من جديد." };
  const step = verifyTotp(secret, code, null);
  if (step === null) return { ok: false, message: "الرمز غير صحيح. تأكد من ضبط ساعة هاتفك وأدخل الرمز الظاهر الآن." };
  const codes = await db.$transaction(async (tx) => {
    const r = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: null },
      data: { totpSecret: sealTotpSecret(secret), totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: step },
    });
    if (r.count !== 1) return null;
    const fresh = await newRecoveryCodes(user.id, tx);
    await audit({ actorId: user.id, action: "auth.two_factor_enable", entityType: "user", entityId: user.id }, tx);
    return fresh;
  });
  return codes ? { ok: true, codes } : { ok: false, message: "التحقق بخطوتين مفعّل لحسابك من قبل." };
}

/**
 * Is this a good second factor for the account: a current code from the app (each time step
 * once) or an unused recovery code (then used up)? Which one it was, or null.
 */
export async function spendSecondFactor(userId: string, code: string, now = Date.now()): Promise<"totp" | "recovery" | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true, totpEnabledAt: true } });
  if (!row?.totpEnabledAt) return null;
  const digits = code.replace(/[\s-]/g, "");
  if (/^\d{6}$/.test(digits)) {
    const secret = openTotpSecret(row.totpSecret);
    const step = secret ? verifyTotp(secret, digits, row.totpLastStep, now) : null;
    if (step === null) return null;
    // Two requests with the same code at once: the step moves forward for one of them only.
    const r = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return r.count === 1 ? "totp" : null;
  }
  if (normalizeRecoveryCode(code) && (await consumeRecoveryCode(userId, code))) {
    await audit({ actorId: userId, action: "auth.recovery_code_used", entityType: "user", entityId: userId, detail: { left: await unusedRecoveryCodes(userId) } });
    return "recovery";
  }
  return null;
}

type Proof = { password: string; code: string; clientHash: string };
type Refusal = { ok: false; field: "password" | "code"; message: string };

/** A fresh password and a code, counted against the sign-in limits like a sign-in. */
async function proveItIsThem(user: CurrentUser, proof: Proof): Promise<Refusal | null> {
  const wait = await lockedFor(user.email, proof.clientHash);
  if (wait > 0) return { ok: false, field: "password", message: lockedMessage(wait) };
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row?.passwordHash ?? null, proof.password))) {
    await recordAttempt(user.email, proof.clientHash, false);
    return { ok: false, field: "password", message: WRONG_CURRENT_PASSWORD };
  }
  if (!(await spendSecondFactor(user.id, proof.code))) {
    await recordAttempt(user.email, proof.clientHash, false);
    return { ok: false, field: "code", message: CODE_FAILED };
  }
  return null;
}

/** Turn two-factor off: the password and a code. Refused while the site requires it for the role. */
export async function disableTwoFactor(user: CurrentUser, proof: Proof): Promise<{ ok: true } | Refusal> {
  if (user.twoFactorRequired) return { ok: false, field: "code", message: "إعدادات الموقع تلزم دورك بالتحقق بخطوتين؛ لا يمكن إيقافه." };
  const refused = await proveItIsThem(user, proof);
  if (refused) return refused;
  await clearTwoFactor(user.id);
  await audit({ actorId: user.id, action: "auth.two_factor_disable", entityType: "user", entityId: user.id });
  return { ok: true };
}

/** Ten new recovery codes (the old ones stop working): the password and a code. */
export async function replaceRecoveryCodes(user: CurrentUser, proof: Proof): Promise<{ ok: true; codes: string[] } | Refusal> {
  const refused = await proveItIsThem(user, proof);
  if (refused) return refused;
  const codes = await newRecoveryCodes(user.id);
  await audit({ actorId: user.id, action: "auth.recovery_codes", entityType: "user", entityId: user.id });
  return { ok: true, codes };
}

/** An admin turns a person's two-factor off (a lost phone); their sessions end with it. */
export async function resetTwoFactorOf(actor: CurrentUser, userId: string): Promise<boolean> {
  const target = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  if (!target?.totpEnabledAt) return false;
  await clearTwoFactor(userId);
  const endedSessions = await revokeUserSessions(userId);
  await audit({ actorId: actor.id, action: "auth.two_factor_reset", entityType: "user", entityId: userId, detail: { endedSessions } });
  return true;
}

async function clearTwoFactor(userId: string) {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null } }),
    db.recoveryCode.deleteMany({ where: { userId } }),
  ]);
}
