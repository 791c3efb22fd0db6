// Old WordPress addresses (issue 14): what an incoming path asks for. Pure, so every form
// is unit-tested; lib/import/wordpress/redirects.ts looks the answer up.

export type LegacyTarget =
  | { kind: "post-id"; id: number }
  | { kind: "post-slug"; slug: string }
  | { kind: "category"; slug: string; feed: boolean }
  | { kind: "tag-feed"; slug: string }
  | { kind: "author-feed"; slug: string }
  | { kind: "site-feed" }
  | { kind: "upload"; path: string };

function decode(s: string): string {
  try {
    return decodeURIComponent(s).normalize("NFC");
  } catch {
    return s.normalize("NFC");
  }
}

const isFeed = (seg: string | undefined) => seg === "feed";
const feedTail = (segs: string[]) => segs.length >= 1 && isFeed(segs[0]) && segs.length <= 2;

/**
 * The WordPress address forms the proxy sends here: `/?p=<id>` (also `page_id`),
 * `/archives/<id>`, `/%year%/%monthnum%/%day%/%postname%/` (and year/month only),
 * `/category/<slug>/` (nested: the last slug), `/category/<slug>/feed/`, `/tag/<slug>/feed/`,
 * `/author/<login>/feed/`, `/feed/`, `/wp-content/uploads/<path>`. Percent-encoded or not,
 * with or without trailing slash.
 */
export function parseWordPressPath(pathname: string, search = ""): LegacyTarget | null {
  const params = new URLSearchParams(search);
  const segs = pathname.split("/").filter(Boolean).map(decode);
  if (segs.length === 0) {
    const p = params.get("p") ?? params.get("page_id");
    return p && /^\d{1,15}$/.test(p) ? { kind: "post-id", id: Number(p) } : null;
  }
  const [first, ...rest] = segs as [string, ...string[]];
  if (first === "archives" && rest.length === 1 && /^\d{1,15}$/.test(rest[0]!)) return { kind: "post-id", id: Number(rest[0]) };
  if (first === "feed" && rest.length <= 1) return { kind: "site-feed" };
  if (first === "category" && rest.length >= 1) {
    const feedAt = rest.indexOf("feed");
    if (feedAt === 0) return null;
    const slugs = feedAt > 0 ? rest.slice(0, feedAt) : rest;
    if (feedAt > 0 && !feedTail(rest.slice(feedAt))) return null;
    return { kind: "category", slug: slugs.at(-1)!, feed: feedAt > 0 };
  }
  if (first === "tag" && rest.length >= 2 && feedTail(rest.slice(1))) return { kind: "tag-feed", slug: rest[0]! };
  if (first === "author" && rest.length >= 2 && feedTail(rest.slice(1))) return { kind: "author-feed", slug: rest[0]! };
  if (first === "wp-content" && rest[0] === "uploads" && rest.length >= 2) return { kind: "upload", path: rest.slice(1).join("/") };
  // Date permalinks: /2024/08/01/slug/, /2024/08/slug/ (an optional trailing /amp or page number ignored).
  if (/^\d{4}$/.test(first)) {
    let r = rest;
    const last = r.at(-1) ?? "";
    if (r.length > 2 && (last === "amp" || /^\d+$/.test(last)) && !/^\d+$/.test(r.at(-2)!)) r = r.slice(0, -1);
    const slug = r.at(-1) ?? "";
    if ((r.length === 2 || r.length === 3) && r.slice(0, -1).every((x) => /^\d{1,2}$/.test(x)) && !/^\d+$/.test(slug)) return { kind: "post-slug", slug };
  }
  return null;
}

/**
 * For paths our own routes answered "not found" (`/<id>`, `/<postname>`, `/<category>/<postname>`):
 * what WordPress would have shown there.
 */
export function parseUnknownPath(segments: string[]): LegacyTarget | null {
  const segs = segments.map(decode).filter(Boolean);
  if (segs.length === 1 && /^\d{1,15}$/.test(segs[0]!)) return { kind: "post-id", id: Number(segs[0]) };
  if (segs.length === 1 || segs.length === 2) return { kind: "post-slug", slug: segs.at(-1)! };
  return null;
}

/** The paths the proxy hands to the WordPress redirect lookup (cheap test, no database). */
export function looksLikeWordPress(pathname: string, search: string): boolean {
  if (pathname === "/") return /[?&](?:p|page_id)=\d/.test(search);
  return /^\/(?:archives\/\d|category\/|feed(?:\/|$)|wp-content\/uploads\/|\d{4}\/\d{1,2}\/|(?:tag|author)\/[^/]+\/feed(?:\/|$))/.test(pathname);
}
