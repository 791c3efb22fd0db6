import { ExpiredChallenge, LockedSignin, signIn } from "@/auth";
import { CHALLENGE_COOKIE, challengeCookie } from "@/lib/auth/challenge-cookie";
import { refuseCrossSite } from "@/lib/auth/origin-guard";
import { CODE_FAILED, CHALLENGE_EXPIRED, lockedMessage, secondFactorSchema } from "@/lib/auth/schema";
import { readSignInStep } from "@/lib/auth/sign-in-step";

export const dynamic = "force-dynamic";

// The second step of a sign-in (decision 132): the code from the authenticator app, or a
// recovery code, for the challenge named by the cookie the password step set. JSON from the
// enhanced form or a plain form post without JavaScript; the same answers as /api/login.
export async function POST(req: Request) {
  const crossSite = refuseCrossSite(req);
  if (crossSite) return crossSite;
  const { raw, next, fail, answer } = await readSignInStep(req);
  const token = new RegExp(`(?:^|;\\s*)${CHALLENGE_COOKIE}=([A-Za-z0-9_-]{43})(?:;|$)`).exec(req.headers.get("cookie") ?? "")?.[1] ?? "";
  const again = `/login/code?error=invalid&next=${encodeURIComponent(next)}`;
  const expired = () => fail(401, "expired", CHALLENGE_EXPIRED, `/login?error=expired&next=${encodeURIComponent(next)}`, clear);
  const clear = { "set-cookie": challengeCookie("", 0) };
  const parsed = secondFactorSchema.safeParse(raw);
  if (!parsed.success) return fail(400, "invalid", parsed.error.issues[0]?.message ?? CODE_FAILED, again);
  if (!token) return expired();
  try {
    await signIn("credentials", { challenge: token, code: parsed.data.code, redirect: false });
  } catch (e) {
    if (e instanceof LockedSignin) return fail(429, "locked", lockedMessage(e.retryAfter), again, { "retry-after": String(e.retryAfter) });
    if (e instanceof ExpiredChallenge) return expired();
    return fail(401, "invalid", CODE_FAILED, again);
  }
  return answer({ ok: true, next }, next, clear);
}
