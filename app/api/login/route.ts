import { LockedSignin, SecondFactorNeeded, signIn } from "@/auth";
import { CHALLENGE_TTL_S } from "@/lib/auth/sign-in-challenge";
import { challengeCookie } from "@/lib/auth/challenge-cookie";
import { clientHashFromHeaders } from "@/lib/auth/client";
import { lockedFor } from "@/lib/auth/lockout";
import { refuseCrossSite } from "@/lib/auth/origin-guard";
import { SIGN_IN_FAILED, lockedMessage, signInSchema } from "@/lib/auth/schema";
import { readSignInStep } from "@/lib/auth/sign-in-step";

export const dynamic = "force-dynamic";

// The sign-in form posts here (fetch with JSON, or a plain form without JavaScript).
// Failures answer with one message whether or not the account exists; lockouts with
// 429 and Retry-After; posts from other sites with 403 (decision 082). The Auth.js
// Credentials provider does the actual check.
export async function POST(req: Request) {
  const crossSite = refuseCrossSite(req);
  if (crossSite) return crossSite;
  const { raw, next, fail: failTo, answer } = await readSignInStep(req);
  const parsed = signInSchema.safeParse(raw);
  const fail = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
    failTo(status, code, message, `/login?error=${code}&next=${encodeURIComponent(next)}`, headers);
  if (!parsed.success) return fail(400, "invalid", SIGN_IN_FAILED);

  const preLocked = await lockedFor(parsed.data.email, clientHashFromHeaders(req.headers));
  if (preLocked > 0) return fail(429, "locked", lockedMessage(preLocked), { "retry-after": String(preLocked) });
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (e) {
    if (e instanceof LockedSignin) return fail(429, "locked", lockedMessage(e.retryAfter), { "retry-after": String(e.retryAfter) });
    if (e instanceof SecondFactorNeeded) {
      // The code step (decision 132): its token rides in a cookie only /api/login/code receives.
      const step = `/login/code?next=${encodeURIComponent(next)}`;
      return answer({ ok: false, code: "second_factor", next: step }, step, { "set-cookie": challengeCookie(e.challenge, CHALLENGE_TTL_S) });
    }
    return fail(401, "invalid", SIGN_IN_FAILED);
  }
  return answer({ ok: true, next }, next);
}
