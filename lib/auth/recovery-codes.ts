import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

// Ten single-use recovery codes per account (decision 132): shown once, stored as SHA-256
// (each carries 50 random bits and guesses go through the sign-in limits, so a slow hash
// adds nothing). Written as two groups of five, e.g. «k7m2q-x9wtd»; typed with or without
// the dash, in either case.

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: nothing a person can misread from paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function oneCode(): string {
  let s = "";
  for (const byte of crypto.randomBytes(10)) s += ALPHABET[byte % ALPHABET.length];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** The canonical form of what a person typed, or null when it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const s = input.trim().toLowerCase().replace(/[\s-]/g, "");
  return /^[a-z0-9]{10}$/.test(s) ? s : null;
}

const hashCode = (normalized: string) => crypto.createHash("sha256").update(`midad-recovery:${normalized}`).digest("hex");

type Tx = Prisma.TransactionClient | typeof db;

/** Replace the account's codes with ten new ones; returns them (the only time they exist in clear). */
export async function newRecoveryCodes(userId: string, tx: Tx = db): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, oneCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashCode(normalizeRecoveryCode(c)!) })) });
  return codes;
}

/** Use a code: true once per code (a second use, even at the same instant, is refused). */
export async function consumeRecoveryCode(userId: string, input: string): Promise<boolean> {
  const normalized = normalizeRecoveryCode(input);
  if (!normalized) return false;
  const r = await db.recoveryCode.updateMany({ where: { userId, codeHash: hashCode(normalized), usedAt: null }, data: { usedAt: new Date() } });
  return r.count === 1;
}

export async function unusedRecoveryCodes(userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
