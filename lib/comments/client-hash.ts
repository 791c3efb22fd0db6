import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

// Client addresses are kept only as HMAC-SHA256 with a server secret: equal addresses
// give equal hashes (rate limits, duplicates, blocks) but the address cannot be read back.
// Secret: COMMENT_HASH_SECRET, else AUTH_SECRET, else a random secret generated once
// and kept in the data folder (never a constant in the code). See docs/decisions/030.

let secret: string | null = null;

function dataDir(): string {
  const url = env.DATABASE_URL;
  return url.startsWith("file:") ? path.dirname(path.resolve(url.slice(5))) : path.resolve("data");
}

function loadSecret(): string {
  const configured = process.env.COMMENT_HASH_SECRET || env.AUTH_SECRET;
  if (configured) return configured;
  const file = path.join(dataDir(), "comment-hash-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const generated = crypto.randomBytes(32).toString("hex");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, generated, { mode: 0o600, flag: "wx" });
      if (env.NODE_ENV === "production") console.warn(`[comments] no COMMENT_HASH_SECRET/AUTH_SECRET: generated one in ${file}`);
      return generated;
    } catch {
      // Another process wrote it first: use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}

export function hashClient(address: string): string {
  secret ??= loadSecret();
  return crypto.createHmac("sha256", secret).update(`client:${address}`).digest("hex");
}

/**
 * The client address as the proxy in front of us reports it. TRUST ASSUMPTION: the app
 * runs behind a reverse proxy that sets X-Forwarded-For / X-Real-IP (overwriting what the
 * client sent). Exposed directly, a client can choose its own address and so its own
 * rate-limit bucket; route handlers do not see the socket address.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 100);
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 100);
  return "unknown";
}

export function clientHashOf(headers: Headers): string {
  return hashClient(clientAddress(headers));
}
