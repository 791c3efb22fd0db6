// Allowed browser origins of a key, stored one per line (decision 175). An origin is a
// scheme, a host and an optional port — what a browser sends in the Origin header.

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

/** One origin in the canonical form a browser sends, or null. */
export function normalizeOrigin(raw: string): string | null {
  const v = raw.trim();
  if (!v) return null;
  try {
    const u = new URL(v);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    if (u.pathname !== "/" || u.search || u.hash || u.username || u.password) return null;
    const o = u.origin.toLowerCase();
    return ORIGIN.test(o) ? o : null;
  } catch {
    return null;
  }
}

export function parseOriginList(stored: string): string[] {
  return stored.split("\n").map((s) => s.trim()).filter(Boolean);
}

/**
 * May a request with this Origin header use a key with these allowed origins? No Origin
 * (servers, apps, curl) is always allowed: the header is what browsers send, and the list
 * exists to let a key be used from a page. A key without origins refuses browsers.
 */
export function originAllowed(origin: string | null, allowed: string[]): boolean {
  if (origin === null) return true;
  const o = normalizeOrigin(origin);
  return o !== null && allowed.includes(o);
}
