// The page cache: finished reader pages kept in memory as bytes (plain, gzip and brotli),
// served before Next.js is asked. Next's own cache (ISR) still renders and stores every
// page; this only saves re-sending the same ~110 KB string through Next's request path on
// every hit, and compresses each page once instead of once per reader.
// Why and what it may serve: docs/decisions/007-page-cache.md.
import crypto from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
/** What Next may have compressed a page with, and how to get the plain bytes back. */
const DECODERS = {
  identity: async (b) => b,
  gzip: promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/** Requests whose answer depends on more than the URL: Next's client router and actions. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** Never stored: they describe one connection or one encoding, not the page. */
const PER_RESPONSE_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag", "x-nextjs-cache", "set-cookie"]);
/** Paths that are never reader pages (the dashboard, APIs, build assets, uploads). */
const NEVER = /^\/(?:admin|api|_next|media|login|password|comments)(?:[/?]|$)/;

export const PAGE_CACHE_KEY = Symbol.for("midad.pageCache");

/**
 * @param {{
 *   maxBytes?: number, maxAgeMs?: number, now?: () => number,
 *   refill?: (key: string) => Promise<unknown>, refillCount?: number, refillDelayMs?: number,
 * }} [options]
 *   maxBytes bounds the memory held; maxAgeMs bounds how long a page is kept (never longer
 *   than its own s-maxage). After a purge, `refill` is asked (one page at a time, once
 *   purges have stopped for refillDelayMs) for the home page and the refillCount pages
 *   read most since the last purge, so their next readers do not wait for a render.
 */
export function createPageCache({
  maxBytes = 128 * 1024 * 1024,
  maxAgeMs = 60_000,
  now = Date.now,
  refill = null,
  refillCount = 20,
  refillDelayMs = 250,
} = {}) {
  const entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (e) => e.size });
  // Bumped by every purge: a page rendered before a purge must not be stored after it.
  let generation = 0;
  let toRefill = new Set();
  let refillTimer = null;

  function keyOf(req) {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    const url = req.url ?? "/";
    if (NEVER.test(url) || url.includes("_rsc=")) return null;
    for (const h of ROUTER_HEADERS) if (req.headers[h] !== undefined) return null;
    if ((req.headers.cookie ?? "").includes("__prerender_bypass")) return null;
    // Only pages Next renders statically are kept, and those cannot read the query string:
    // "/?utm_source=x" is the home page, and must not fill the cache with copies of it.
    const q = url.indexOf("?");
    // Except WordPress's "/?p=<id>", which the proxy redirects to the imported piece (issue 14).
    if (q !== -1 && /[?&](?:p|page_id)=/.test(url.slice(q))) return null;
    return q === -1 ? url : url.slice(0, q);
  }

  function lookup(key) {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Answer from the cache: the best encoding the reader accepts, 304 when unchanged. */
  function send(req, res, entry) {
    entry.hits++;
    const accept = String(req.headers["accept-encoding"] ?? "");
    const variant = /\bbr\b/.test(accept) && entry.br ? entry.br : /\bgzip\b/.test(accept) && entry.gzip ? entry.gzip : entry.plain;
    if (req.headers["if-none-match"] === entry.etag) {
      res.writeHead(304, entry.notModified);
      res.end();
      return;
    }
    // Age: how long ago Next produced this copy (standard for shared caches).
    res.writeHead(entry.status, [...variant.headers, "age", String(Math.floor((now() - entry.storedAt) / 1000))]);
    res.end(req.method === "HEAD" ? undefined : variant.body);
  }

  /** Let Next answer, keep a copy of what it sends, and store it when it may be shared. */
  function capture(key, req, res) {
    if (req.method !== "GET") return;
    const startedIn = generation;
    // Only pages from Next's page cache can be kept; stop copying anything else at once.
    let chunks = [];
    const write = res.write;
    const end = res.end;
    const keep = (chunk, encoding) => {
      if (chunks === null || chunk == null || typeof chunk === "function") return;
      if (res.getHeader("x-nextjs-cache") === undefined) {
        chunks = null;
        return;
      }
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
    };
    res.write = function (chunk, encoding, cb) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, cb);
    };
    res.end = function (chunk, encoding, cb) {
      keep(chunk, encoding);
      return end.call(this, chunk, encoding, cb);
    };
    res.once("finish", () => {
      const maxAge = storableFor(res);
      if (chunks === null || maxAge <= 0 || startedIn !== generation) return;
      store(key, res, Buffer.concat(chunks), Math.min(maxAge * 1000, maxAgeMs), startedIn).catch((err) => {
        // A copy that cannot be unpacked or compressed is simply not kept.
        console.warn(`[page-cache] not kept ${key}: ${err.message}`);
      });
    });
  }

  async function store(key, res, sent, ttl, startedIn) {
    // This reader got what Next sent (compressed or not); the cache keeps the plain page.
    const decode = DECODERS[String(res.getHeader("content-encoding") ?? "identity")];
    if (!decode) return;
    const body = await decode(sent);
    const [gz, br] = await Promise.all([
      gzip(body, { level: 6 }),
      brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    ]);
    if (startedIn !== generation) return;
    const etag = `"${crypto.createHash("sha1").update(body).digest("base64url")}"`;
    const common = [];
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (PER_RESPONSE_HEADERS.has(name)) continue;
      for (const v of Array.isArray(value) ? value : [value]) common.push(name, String(v));
    }
    common.push("etag", etag, "x-midad-cache", "HIT");
    // Ready-made header lists: a hit only picks one and writes it.
    const variant = (data, encoding) => ({
      body: data,
      headers: [...common, ...(encoding ? ["content-encoding", encoding] : []), "content-length", String(data.length)],
    });
    entries.set(key, {
      status: res.statusCode,
      etag,
      plain: variant(body, null),
      gzip: variant(gz, "gzip"),
      br: variant(br, "br"),
      notModified: common,
      storedAt: now(),
      expires: now() + ttl,
      hits: 0,
      size: body.length + gz.length + br.length + 2048,
    });
  }

  /**
   * Forget every page: called whenever content changes (lib/cache/revalidate.ts), with the
   * paths of the pages the change concerns, to render again first.
   */
  function purge(paths = []) {
    generation++;
    if (refill) {
      const popular = [...entries.entries()].sort((a, b) => b[1].hits - a[1].hits).slice(0, refillCount);
      toRefill = new Set(["/", ...paths, ...toRefill, ...popular.map(([key]) => key)]);
      clearTimeout(refillTimer);
      refillTimer = setTimeout(runRefill, refillDelayMs);
      refillTimer.unref?.();
    }
    entries.clear();
  }

  /** Render the pages readers are most likely to ask for next, before they ask. */
  async function runRefill() {
    const startedIn = generation;
    const keys = [...toRefill];
    toRefill = new Set();
    for (const key of keys) {
      if (generation !== startedIn) return; // a newer purge schedules its own refill
      if (entries.has(key)) continue;
      try {
        await refill(key);
      } catch {
        // A page that cannot be fetched now is simply rendered for its next reader.
      }
    }
  }

  return {
    keyOf,
    lookup,
    send,
    capture,
    purge,
    get generation() {
      return generation;
    },
    get size() {
      return entries.size;
    },
  };
}

/**
 * Wrap a Node request handler (Next's) with the cache: answer hits, record what the handler
 * sends for cacheable requests, and purge again after any request that changed content.
 */
export function withPageCache(cache, handle) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      // A server action or handler that changed content purged the cache while it ran, but
      // Next applies the expired tags only when it answers. Purge again once it has answered,
      // so a page read from Next in between is not kept.
      const before = cache.generation;
      res.once("close", () => {
        if (cache.generation !== before) cache.purge();
      });
    }
    const key = cache.keyOf(req);
    if (key) {
      const entry = cache.lookup(key);
      if (entry) return cache.send(req, res, entry);
      cache.capture(key, req, res);
    }
    return handle(req, res);
  };
}

/**
 * Seconds a finished response may be shared, or 0: only pages Next itself serves from its
 * page cache (fresh, not stale), answered 200 or 404, public, without a cookie.
 */
export function storableFor(res) {
  if (res.statusCode !== 200 && res.statusCode !== 404) return 0;
  const state = res.getHeader("x-nextjs-cache");
  if (state !== "HIT" && state !== "MISS" && state !== "REVALIDATED") return 0;
  if (res.getHeader("set-cookie") !== undefined) return 0;
  const cc = String(res.getHeader("cache-control") ?? "");
  if (/\b(?:private|no-store|no-cache)\b/.test(cc)) return 0;
  const m = /\bs-maxage=(\d+)/.exec(cc);
  return m ? Number(m[1]) : 0;
}
