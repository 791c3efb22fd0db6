import "server-only";
import { isAllowedOrigin } from "@/lib/auth/same-origin";
import { siteOrigin } from "./site-url";

/**
 * Refuse requests another site makes a browser send (CSRF). One rule for every writing
 * route handler (lib/http/route.ts) and for sign-in/out (lib/auth/origin-guard.ts): the
 * request's Origin (else Referer, else Sec-Fetch-Site) must be SITE_URL's origin — never
 * compared with the Host or X-Forwarded-* headers a client chose (decision 082).
 */
export function sameOrigin(request: Request): boolean {
  return isAllowedOrigin(request.headers, siteOrigin());
}
