import "server-only";
import { env } from "@/lib/env";
import { CHALLENGE_COOKIE } from "./sign-in-challenge";

export { CHALLENGE_COOKIE };

/** The second step's cookie: sent only to the code handler, never readable by scripts. */
export function challengeCookie(token: string, maxAgeS: number): string {
  const secure = env.SITE_URL.startsWith("https:") ? "; Secure" : "";
  return `${CHALLENGE_COOKIE}=${token}; Path=/api/login/code; Max-Age=${maxAgeS}; HttpOnly; SameSite=Lax${secure}`;
}
