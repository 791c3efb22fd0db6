import "server-only";
import { db } from "@/lib/db";
import { originAllowed, parseOriginList } from "./origins";
import { hashSecret, plausibleSecret } from "./secret";

/** `touch`: the last-used time is due to be written (by the caller, with the request's other writes). */
export type ApiKeyHolder = { id: number; name: string; touch: boolean };
export type KeyRefusal = "missing" | "invalid" | "origin";

/** Last-used times are written at most once a minute per key (no write on every read). */
const TOUCH_MS = 60_000;

/** The secret a request carries: `Authorization: Bearer …` or `X-Api-Key: …`. */
export function presentedSecret(request: Request): string | null {
  const auth = request.headers.get("authorization");
  const bearer = auth && /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1];
  const v = bearer || request.headers.get("x-api-key")?.trim() || null;
  return v || null;
}

/** The live key a request names, or why it is refused. */
export async function authenticate(request: Request, now = new Date()): Promise<ApiKeyHolder | KeyRefusal> {
  const secret = presentedSecret(request);
  if (!secret) return "missing";
  if (!plausibleSecret(secret)) return "invalid";
  const key = await db.apiKey.findUnique({
    where: { secretHash: hashSecret(secret) },
    select: { id: true, name: true, origins: true, revokedAt: true, lastUsedAt: true },
  });
  if (!key || key.revokedAt) return "invalid";
  if (!originAllowed(request.headers.get("origin"), parseOriginList(key.origins))) return "origin";
  return { id: key.id, name: key.name, touch: !key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > TOUCH_MS };
}
