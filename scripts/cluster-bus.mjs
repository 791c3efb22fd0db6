// What one app instance tells the others and the HTTP caches in front when content
// changes (decision 101). Used by scripts/serve.mjs; without REDIS_URL and VARNISH_URLS it
// does nothing and the embedded default is exactly as before.
//
// - Redis pub/sub: every expiry made on this instance (an editor's save, a moderator's
//   approval, the scheduler) is published; the other instances expire the same tags in
//   their own Next cache and page cache, and repeat it once their running requests end.
// - Varnish: every instance purges the affected surrogate keys (xkey) on every Varnish in
//   VARNISH_URLS after each local expiry and after its repeat, so a page Varnish fetched
//   from an instance that had not yet heard of the change is dropped again.
import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";
import http from "node:http";
import { createClient } from "@redis/client";

export const CHANNEL = "midad:expire";
/** Set by serve.mjs; lib/cache/revalidate.ts reports every expiry to it. */
export const CLUSTER_KEY = Symbol.for("midad.cluster");
/** Set by the app (instrumentation.ts): expires tags in this instance's Next cache. */
export const REMOTE_EXPIRE_KEY = Symbol.for("midad.remoteExpire");

/**
 * The response being produced (serve.mjs runs every request inside it). Next applies a
 * tag expiry only when the action or handler that made it has answered, so telling the
 * others and Varnish any earlier would let them fetch the old page again from here.
 */
export const currentResponse = new AsyncLocalStorage();

/** Every cached page carries this key, so one purge can drop them all. */
export const ALL_KEY = "all";

const decode = (s) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
// A key travels in an HTTP header, which takes Latin-1 only: slugs are Arabic, so a key
// holds the slug percent-encoded, one form whatever escapes the request used (xkey splits keys
// on spaces and commas, which encoding removes too).
const key = (prefix, raw) => `${prefix}:${encodeURIComponent(decode(raw))}`;

/**
 * Markers in an expiry's tag list (lib/cache/tags.ts `scope`): no cache entry carries them;
 * they say how far the change reaches in the HTTP caches. They travel with the tags to the
 * other instances and into the repeat of the expiry, so every purge of one change is the same.
 */
export const SCOPE_PIECES = "scope:pieces";
export const SCOPE_OWN_PAGE = "scope:own-page";

/** Lists that only their own pages show (tag = key): a change to them purges those pages alone. */
const OWN_KEYED_LISTS = { corrections: "corrections" };

/**
 * The surrogate keys of a reader page, from its path: the page's own object (piece,
 * section, author, tag, supplement), home and feeds, and always `all`. The names match
 * the cache tags in lib/cache/tags.ts. A piece's own pages (the piece, its comment pages)
 * also carry `page:<id>`; every page also gets `article:<id>` of each piece it links to
 * (linkedPieceKeys, added once the HTML is known).
 */
export function surrogateKeys(pathname) {
  const keys = [ALL_KEY];
  const seg = pathname.split("/").filter(Boolean);
  const own = (id) => keys.push(`article:${id}`, `page:${id}`);
  if (seg.length === 0 || seg[0] === "front") keys.push("home");
  else if (/^\d+$/.test(seg[0])) own(Number(seg[0]));
  else if (seg[0] === "comments" && /^\d+$/.test(seg[1] ?? "")) own(Number(seg[1]));
  else if (["section", "author", "tag", "supplement"].includes(seg[0]) && seg[1]) keys.push(key(seg[0], seg[1]));
  if (seg[0] === "corrections") keys.push(OWN_KEYED_LISTS.corrections);
  if (seg.some((s) => s === "feed.xml" || s === "feed" || s.endsWith("sitemap.xml")) || seg[0] === "sitemaps") keys.push("feeds");
  return keys.join(" ");
}

/**
 * A picture's key (every size, crop and format of /media/<path>): not `all`, since no content
 * change alters a stored picture; deleting it purges this key (lib/media/mutations.ts).
 */
export function mediaKey(pathname) {
  return key("media", pathname.slice("/media/".length));
}

/** At most this many linked pieces are keyed per page (a long list still purges through its lists' keys). */
const MAX_LINKED = 400;

/**
 * `article:<id>` for every piece a page links to (`href="/<id>/…"`, the pieces' address,
 * lib/articles/urls.ts): the page shows that piece's title, picture or excerpt, so an edit
 * of the piece must purge it, and only such pages need purging.
 */
export function linkedPieceKeys(html) {
  const ids = new Set();
  for (const m of html.matchAll(/href="\/(\d{1,10})(?=[\/"?#])/g)) {
    ids.add(Number(m[1]));
    if (ids.size >= MAX_LINKED) break;
  }
  return [...ids].map((id) => `article:${id}`).join(" ");
}

/**
 * Which surrogate keys an expiry of these cache tags must purge.
 * - A comment change (SCOPE_OWN_PAGE) shows only on the piece's own pages: `page:<id>`.
 * - An edit that leaves every list's membership as it was (SCOPE_PIECES: same section,
 *   bylines, tags, supplement, picture, breaking flag) shows wherever the piece is linked:
 *   `article:<id>`, and the feeds (XML, not scanned for links).
 * - The corrections list (/corrections) and each picture (`media:<path>`) answer to their own key.
 * - Otherwise a change that only names pieces purges those pieces' keys; any change to a
 *   list (home, latest, a section, feeds, names…) may show on every page (the "latest"
 *   column is on nearly all of them), so it purges everything, as the page cache does.
 * - A front-page arrangement alone (`home` and nothing else) purges the `home` key.
 */
export function purgeKeysFor(tags) {
  // A new front-page arrangement (lib/cache/revalidate.ts revalidateFront) shows on the home
  // page and the content API's home only: both carry the `home` key.
  if (tags.length > 0 && tags.every((t) => t === "home")) return ["home"];
  const ids = new Set();
  const own = [];
  let listChange = false;
  for (const t of tags) {
    const m = /^(?:article|comments):(\d+)$/.exec(t);
    if (m) ids.add(Number(m[1]));
    else if (Object.values(OWN_KEYED_LISTS).includes(t)) own.push(t);
    else if (t.startsWith("media:")) own.push(key("media", t.slice("media:".length)));
    else if (t !== SCOPE_PIECES && t !== SCOPE_OWN_PAGE) listChange = true;
  }
  const each = (prefix) => [...ids].map((id) => `${prefix}:${id}`);
  if (tags.includes(SCOPE_OWN_PAGE) && ids.size) return [...each("page"), ...own];
  if (tags.includes(SCOPE_PIECES) && ids.size) return [...each("article"), "feeds", ...own];
  if (listChange || (ids.size === 0 && own.length === 0)) return [ALL_KEY];
  return [...each("article"), ...own];
}

function parseUrls(value) {
  return (value ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((u) => new URL(u));
}

/** One PURGE request to one Varnish; resolves with the status or rejects. */
function purgeOne(url, keys) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port || 80,
        path: "/",
        method: "PURGE",
        headers: { "xkey-purge": keys.join(" ") },
        timeout: 2000,
      },
      (res) => {
        res.resume();
        res.on("end", () => (res.statusCode === 200 ? resolve(res.statusCode) : reject(new Error(`status ${res.statusCode}`))));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

export function createClusterBus({ env = process.env, log = console } = {}) {
  const varnishes = parseUrls(env.VARNISH_URLS);
  const redisUrl = env.REDIS_URL || "";
  const instance = crypto.randomUUID();
  let pub = null;
  let sub = null;

  /** Purge on every Varnish; retried with backoff, logged, never awaited by a request. */
  function purge(tags) {
    if (varnishes.length === 0) return;
    const keys = purgeKeysFor(tags);
    for (const url of varnishes) {
      const attempt = (n) =>
        purgeOne(url, keys).catch((e) => {
          if (n < 4) setTimeout(() => attempt(n + 1), 250 * 2 ** n).unref();
          else log.warn(`[cluster] purge of ${keys.join(" ")} on ${url.host} failed: ${e.message}`);
        });
      attempt(0);
    }
  }

  const remoteExpire = (tags) => {
    const fn = globalThis[REMOTE_EXPIRE_KEY];
    if (fn) fn(tags);
    else log.warn("[cluster] an expiry arrived before the app was ready; ignored");
  };

  async function connect() {
    if (!redisUrl) return;
    const opts = { url: redisUrl, socket: { reconnectStrategy: (n) => Math.min(100 * 2 ** n, 2000) } };
    pub = createClient(opts);
    sub = createClient(opts);
    for (const c of [pub, sub]) c.on("error", (e) => log.warn(`[cluster] Redis: ${e.message}`));
    let connectedOnce = false;
    sub.on("ready", () => {
      // Messages published while this instance was cut off from Redis are lost: forget
      // every list and page it holds, so nothing stays stale (single pieces' own data
      // entries expire with their next change; decision 101).
      if (connectedOnce) remoteExpire(["home", "latest", "feeds", "most-read", "names", "sections", "settings"]);
      connectedOnce = true;
    });
    await Promise.all([pub.connect(), sub.connect()]);
    await sub.subscribe(CHANNEL, (message) => {
      let msg;
      try {
        msg = JSON.parse(message);
      } catch {
        return;
      }
      if (!msg || msg.from === instance || !Array.isArray(msg.tags)) return;
      const tags = msg.tags.filter((t) => typeof t === "string" && t.length <= 300).slice(0, 5000);
      if (tags.length) remoteExpire(tags);
    });
  }

  return {
    instance,
    connect,
    /** Reported by lib/cache/revalidate.ts after each local expiry. */
    expired(tags, { broadcast }) {
      const go = () => {
        // While Redis is unreachable the client queues the message and sends it on reconnect.
        if (broadcast && pub) {
          pub.publish(CHANNEL, JSON.stringify({ from: instance, tags })).catch((e) => log.warn(`[cluster] publish failed: ${e.message}`));
        }
        purge(tags);
      };
      const res = currentResponse.getStore();
      // After the answer has gone, plus a moment for Next to record the expiry.
      if (res && !res.writableFinished && !res.destroyed) res.once("close", () => setTimeout(go, 10));
      else go();
    },
    /**
     * Claim `key` for `ttlMs` across every instance (Redis SET NX PX): true for the first
     * claimer, false when another instance (or this one) holds it. Undefined when there is no
     * Redis or it does not answer within 250 ms: the caller decides alone (lib/views/dedupe.ts).
     */
    async claimOnce(key, ttlMs) {
      if (!pub?.isReady) return undefined;
      let timer;
      const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve(undefined), 250);
        timer.unref?.();
      });
      const claim = pub
        .set(`midad:once:${key}`, "1", { NX: true, PX: Math.max(1, Math.round(ttlMs)) })
        .then((r) => r === "OK")
        .catch((e) => {
          log.warn(`[cluster] claim failed: ${e.message}`);
          return undefined;
        });
      try {
        return await Promise.race([claim, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await Promise.allSettled([pub?.close?.() ?? pub?.quit?.(), sub?.close?.() ?? sub?.quit?.()]);
    },
  };
}
