import "server-only";
import crypto from "node:crypto";
import * as OTPAuth from "otpauth";
import QRCode from "qrcode";
import { derivedSecret } from "./secret";

// Time-based one-time codes (RFC 6238: 6 digits, 30 s, SHA-1 — what every authenticator
// app reads) with the `otpauth` library (decision 132). The shared secret is stored
// encrypted (AES-256-GCM under a key derived from AUTH_SECRET): a copy of the database alone
// cannot produce codes.

const PERIOD = 30;
/** One step either side: a phone clock off by up to 30 s still works. */
const WINDOW = 1;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = "") {
  return new OTPAuth.TOTP({ issuer: "", label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

/** The otpauth:// address an authenticator app scans. */
export function totpUri(secretBase32: string, siteName: string, email: string): string {
  return new OTPAuth.TOTP({ issuer: siteName, label: email, algorithm: "SHA1", digits: 6, period: PERIOD, secret: OTPAuth.Secret.fromBase32(secretBase32) }).toString();
}

/** The QR code of that address as inline SVG, drawn on the server (no script, no third party). */
export async function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
}

/** The current code (tests and the seed's tooling; never sent anywhere). */
export function totpNow(secretBase32: string, at = Date.now()): string {
  return totp(secretBase32).generate({ timestamp: at });
}

/**
 * The time step a code belongs to, or null when it is wrong. A step at or before
 * `lastStep` was already used: refused, so a code seen over a shoulder cannot be replayed.
 */
export function verifyTotp(secretBase32: string, code: string, lastStep: number | null, at = Date.now()): number | null {
  const token = code.replace(/[\s-]/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: at, window: WINDOW });
  if (delta === null) return null;
  const step = Math.floor(at / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

const key = () => crypto.createHash("sha256").update(derivedSecret("totp-secret")).digest();

/** "v1.<iv>.<tag>.<ciphertext>" in base64url. */
export function sealTotpSecret(secretBase32: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(secretBase32, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** The secret, or null when it cannot be opened (another AUTH_SECRET: see decision 132). */
export function openTotpSecret(sealed: string | null): string | null {
  if (!sealed) return null;
  const [v, iv, tag, data] = sealed.split(".");
  if (v !== "v1" || !iv || !tag || !data) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
