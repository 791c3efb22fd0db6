import "server-only";
import crypto from "node:crypto";

// Links sent by mail (invitations, password resets) carry 32 random bytes; only their SHA-256
// is stored, so a copy of the database cannot be turned into working links (decision 131).
export function newToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** A token as it can appear in a link: 43 base64url characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
