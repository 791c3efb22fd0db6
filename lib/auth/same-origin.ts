// Sign-in and sign-out accept only posts from our own pages (decision 082): login CSRF
// (signing a victim into the attacker's account) and logout CSRF are refused. The request's
// Origin decides; without one its Referer; without both, Sec-Fetch-Site. All are compared
// with the public address (SITE_URL), never with the Host header a client chose.

export const CROSS_SITE_MESSAGE = "رُفض الطلب: أُرسل من موقع آخر.";

export type OriginVerdict = "same-origin" | "cross-site" | "unknown";

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** What the browser's headers say about where this request came from. */
export function requestOrigin(headers: Headers, siteOrigin: string): OriginVerdict {
  const origin = headers.get("origin");
  if (origin !== null) return originOf(origin) === siteOrigin ? "same-origin" : "cross-site"; // "null" is cross-site too
  const referer = headers.get("referer");
  if (referer) return originOf(referer) === siteOrigin ? "same-origin" : "cross-site";
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none" ? "same-origin" : "cross-site";
  return "unknown";
}

/**
 * Accept same-origin requests, and requests that carry none of the three headers: every
 * browser a cross-site page could drive sends Origin on a POST (and Sec-Fetch-Site), so a
 * request with none comes from a program (curl, a test), which holds no victim's cookies.
 */
export function isAllowedOrigin(headers: Headers, siteOrigin: string): boolean {
  return requestOrigin(headers, siteOrigin) !== "cross-site";
}
