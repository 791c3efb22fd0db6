import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { reserveAttempt, settleAttempt } from "./lockout";
import { hashToken, newToken } from "./tokens";
import { spendSecondFactor } from "./two-factor";

// The second step of a sign-in (decision 132). A right password for an account with
// two-factor opens a challenge instead of a session: a random token in a short-lived cookie,
// bound to the client that gave the password. The code step spends it. Wrong codes count
// against the same limits as wrong passwords (lib/auth/lockout.ts), and the password step of
// such an account is never counted as a success, so knowing the password does not buy
// unlimited guesses at the code.

export const CHALLENGE_COOKIE = "midad-2fa";
export const CHALLENGE_TTL_S = 5 * 60;

export async function openChallenge(userId: string, clientHash: string, now = new Date()): Promise<string> {
  const { token, tokenHash } = newToken();
  await db.signInChallenge.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { userId, clientHash }] } });
  await db.signInChallenge.create({ data: { tokenHash, userId, clientHash, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_S * 1000), createdAt: now } });
  return token;
}

export type ChallengeResult =
  | { ok: true; user: { id: string; name: string; email: string }; method: "totp" | "recovery" }
  | { ok: false; reason: "expired" | "invalid" }
  | { ok: false; reason: "locked"; retryAfter: number };

export async function answerChallenge(token: string, code: string, clientHash: string, now = new Date()): Promise<ChallengeResult> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, reason: "expired" };
  const challenge = await db.signInChallenge.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, clientHash: true, expiresAt: true, user: { select: { id: true, name: true, email: true, active: true } } },
  });
  if (!challenge || challenge.expiresAt <= now || challenge.clientHash !== clientHash || !challenge.user.active) return { ok: false, reason: "expired" };
  const { user } = challenge;
  const attempt = await reserveAttempt(user.email, clientHash, now);
  if ("locked" in attempt) return { ok: false, reason: "locked", retryAfter: attempt.locked };
  const method = await spendSecondFactor(user.id, code, now.getTime());
  if (!method) {
    await audit({ actorId: user.id, action: "auth.two_factor_failed", entityType: "user", entityId: user.id });
    return { ok: false, reason: "invalid" };
  }
  // Spent: a second answer to the same challenge finds nothing.
  const spent = await db.signInChallenge.deleteMany({ where: { id: challenge.id } });
  if (spent.count !== 1) return { ok: false, reason: "expired" };
  await settleAttempt(attempt.id, true);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  await audit({ actorId: user.id, action: "auth.signin", entityType: "user", entityId: user.id, detail: { secondFactor: method } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email }, method };
}
