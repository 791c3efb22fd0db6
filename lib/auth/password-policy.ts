import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { HttpError } from "@/lib/http/errors";

// Password rules (decision 131), after NIST SP 800-63B: a minimum length (the zod schema,
// PASSWORD_MIN), no composition rules and a generous maximum (long passphrases welcome), and a
// refusal of the most common passwords: the list the zxcvbn-ts project ships (about 49,000
// entries from breach corpora), read from the package, never from the network.

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export const COMMON_PASSWORD = "كلمة المرور هذه شائعة ومن أول ما يجرّبه المهاجمون. اختر عبارة أطول لا يسهل تخمينها.";
export const PASSWORD_IS_EMAIL = "لا تجعل كلمة المرور بريدك أو اسمك.";

/**
 * The list holds "password1234" but not every count of digits after it: a listed password of
 * four or more characters followed only by digits, punctuation or symbols ("password123456",
 * "iloveyou2026!") is as guessable as the listed one, so it is refused too. Letters after the
 * digits (a passphrase) are never stripped, in any script.
 */
const TRAILING_DIGITS_OR_SYMBOLS = /[\p{N}\p{P}\p{S}\s]+$/u;

/** An Arabic reason to refuse this password for this account, or null. */
export function passwordProblem(password: string, account: { email: string; name?: string }): string | null {
  const p = password.trim().toLowerCase();
  if (commonPasswords().has(p)) return COMMON_PASSWORD;
  const stem = p.replace(TRAILING_DIGITS_OR_SYMBOLS, "");
  if (stem !== p && stem.length >= 4 && commonPasswords().has(stem)) return COMMON_PASSWORD;
  const local = account.email.toLowerCase().split("@")[0] ?? "";
  if (p === account.email.toLowerCase() || (local.length >= 4 && p === local) || (account.name && p === account.name.trim().toLowerCase())) return PASSWORD_IS_EMAIL;
  return null;
}

/** Throws a 400 with the message on the password field when the password is refused. */
export function assertPasswordAllowed(password: string, account: { email: string; name?: string }): void {
  const problem = passwordProblem(password, account);
  if (problem) throw new HttpError(400, "invalid", problem, { password: problem });
}
