import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

// AUTH_SECRET signs sessions. When it is not set (a single embedded install), one is
// made once and kept beside the database so restarts keep everyone signed in.
// Several instances must share an explicit AUTH_SECRET.
let cached: string | null = null;
export function authSecret(): string {
  if (cached) return cached;
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  const dbFile = env.DATABASE_URL.startsWith("file:") ? path.resolve(env.DATABASE_URL.slice(5)) : path.resolve("data/midad.db");
  const file = path.join(path.dirname(dbFile), ".auth-secret");
  try {
    cached = fs.readFileSync(file, "utf8").trim();
  } catch {
    cached = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, cached, { mode: 0o600 });
  }
  return cached;
}

/** A secret for one purpose (client hashes, internal calls), derived from AUTH_SECRET. */
export function derivedSecret(purpose: string): string {
  return crypto.createHmac("sha256", authSecret()).update(`midad:${purpose}`).digest("base64url");
}
