import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/** A kept secret shorter than this (an empty file, a placeholder) is replaced, never used. */
export const MIN_SECRET_LENGTH = 32;

// AUTH_SECRET signs sessions. When it is not set (a single embedded install), one is
// made once and kept beside the database so restarts keep everyone signed in.
// Several instances must share an explicit AUTH_SECRET. Decision 083.
let cached: string | null = null;
export function authSecret(): string {
  if (cached) return cached;
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  const dbFile = env.DATABASE_URL.startsWith("file:") ? path.resolve(env.DATABASE_URL.slice(5)) : path.resolve("data/midad.db");
  return (cached = keptSecret(path.join(path.dirname(dbFile), ".auth-secret")));
}

/** The secret in `file`, made (or remade, when missing, empty or short) with 0600 rights. */
export function keptSecret(file: string): string {
  const read = () => {
    try {
      return fs.readFileSync(file, "utf8").trim();
    } catch {
      return "";
    }
  };
  const existing = read();
  if (existing.length >= MIN_SECRET_LENGTH) return existing;
  if (existing) console.warn(`[auth] ${file} held a secret too short to trust (${existing.length} characters): replaced with a new one. Everyone signs in again.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
  fs.writeFileSync(tmp, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  fs.renameSync(tmp, file);
  fs.chmodSync(file, 0o600);
  // Two processes starting at once may both replace it: the last rename wins, and both
  // use what the file holds now.
  return read();
}

/** A secret for one purpose (client hashes, internal calls), derived from AUTH_SECRET. */
export function derivedSecret(purpose: string): string {
  return crypto.createHmac("sha256", authSecret()).update(`midad:${purpose}`).digest("base64url");
}
