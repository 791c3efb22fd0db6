import { ExpiredChallenge, LockedSignin, signIn } from "@/auth";
import { refuseCrossSite } from "@/lib/auth/origin-guard";
import { CODE_FAILED, CHALLENGE_EXPIRED, lockedMessage, safeNext, secondFactorSchema } from "@/lib/auth/schema";
import { CHALLENGE_COOKIE, challengeCookie } from "@/lib/auth/challenge-cookie";
import { siteUrl } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

// The second step of a sign-in (decision 132): the code from the authenticator app, or a
// recovery code, for the challenge named by the cookie the password step set. JSON from the
// enhanced form or a plain form post without JavaScript; the same answers as /api/login.
export async function POST(req: Request) {
  const crossSite = refuseCrossSite(req);
  if (crossSite) return crossSite;
  const isJson = req.headers.get("content-type")?.includes("application/json") ?? false;
  const raw = isJson ? await req.json().catch(() => ({})) : Object.fromEntries(await req.formData().catch(() => new FormData()));
  const next = safeNext(typeof raw?.next === "string" ? raw.next : null);
  const token = new RegExp(`(?:^|;\\s*)${CHALLENGE_COOKIE}=([A-Za-z0-9_-]{43})(?:;|$)`).exec(req.headers.get("cookie") ?? "")?.[1] ?? "";
  const fail = (status: number, code: string, message: string, headers: Record<string, string> = {}) => {
    if (isJson) return Response.json({ ok: false, code, message }, { status, headers });
    if (status === 429) return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
    const back = code === "expired" ? `/login?error=expired&next=${encodeURIComponent(next)}` : `/login/code?error=${code}&next=${encodeURIComponent(next)}`;
    return new Response(null, { status: 303, headers: { location: siteUrl(back).toString(), ...headers } });
  };
  const clear = { "set-cookie": challengeCookie("", 0) };
  const parsed = secondFactorSchema.safeParse(raw);
  if (!parsed.success) return fail(400, "invalid", parsed.error.issues[0]?.message ?? CODE_FAILED);
  if (!token) return fail(401, "expired", CHALLENGE_EXPIRED, clear);
  try {
    await signIn("credentials", { challenge: token, code: parsed.data.code, redirect: false });
  } catch (e) {
    if (e instanceof LockedSignin) return fail(429, "locked", lockedMessage(e.retryAfter), { "retry-after": String(e.retryAfter) });
    if (e instanceof ExpiredChallenge) return fail(401, "expired", CHALLENGE_EXPIRED, clear);
    return fail(401, "invalid", CODE_FAILED);
  }
  return isJson ? Response.json({ ok: true, next }, { headers: clear }) : new Response(null, { status: 303, headers: { location: siteUrl(next).toString(), ...clear } });
}
