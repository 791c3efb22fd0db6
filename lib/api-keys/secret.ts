import crypto from "node:crypto";

// Content API keys (decision 175): a random secret shown once, stored only as its SHA-256.
// The secret is 32 random bytes, so a fast hash is enough (nothing to brute-force, unlike a
// password); a fast hash also keeps every API request cheap.

const PREFIX = "midad_";

export function newSecret(): string {
  return PREFIX + crypto.randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}

/** What the list shows to tell keys apart: the start of the secret, never enough to use it. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, PREFIX.length + 6);
}

/** Looks like one of ours (cheap refusal before any database read). */
export function plausibleSecret(s: string): boolean {
  return s.length === PREFIX.length + 43 && s.startsWith(PREFIX) && /^[A-Za-z0-9_-]+$/.test(s.slice(PREFIX.length));
}
