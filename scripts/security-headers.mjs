// Security headers on every response (issue 9, decision 091), set by serve.mjs around Next.
//
// Content-Security-Policy without nonces, so that reader pages stay cacheable: an HTML
// response is held until it is complete, the SHA-256 of each inline <script> it contains is
// computed, and the policy allows exactly those scripts and our own files ('self'). A page
// kept by the page cache keeps the header computed for its bytes. Other responses get a
// policy that allows nothing at all.
import crypto from "node:crypto";
import zlib from "node:zlib";

/** Pages that must never be framed by anyone, not even ourselves. */
const NO_FRAMING = /^\/(?:admin|login|password|api)(?:[/?]|$)/;

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const DECODE = { gzip: zlib.gunzipSync, deflate: zlib.inflateSync, br: zlib.brotliDecompressSync };

/** Hashes of the inline scripts of a page ('sha256-…' sources, each once). */
export function inlineScriptHashes(html) {
  const out = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    out.add(`'sha256-${crypto.createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
  }
  return [...out];
}

/**
 * Where embedded players may come from on reader pages (decision 190): the providers' player
 * addresses of lib/embeds/providers.ts (FRAME_SOURCES; a unit test keeps the two lists equal),
 * loaded only after a reader's click. Dashboard and sign-in pages frame nothing.
 */
export const EMBED_FRAME_SOURCES = [
  "https://www.youtube-nocookie.com/embed/",
  "https://player.vimeo.com/video/",
  "https://platform.twitter.com/embed/",
  "https://www.facebook.com/plugins/",
  "https://www.instagram.com/p/",
  "https://www.instagram.com/reel/",
  "https://www.tiktok.com/embed/",
  "https://w.soundcloud.com/player/",
  "https://www.google.com/maps",
  "https://www.google.com/maps/embed",
];

/** The policy for an HTML page whose inline scripts have these hashes. */
export function pagePolicy({ hashes, framing, https }) {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    // React and the editor set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    framing ? `frame-src ${EMBED_FRAME_SOURCES.join(" ")}` : "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${framing ? "'self'" : "'none'"}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Anything that is not a page (JSON, feeds, images, scripts): it may run nothing. */
export const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function commonHeaders({ path, https }) {
  const framing = !NO_FRAMING.test(path);
  return {
    framing,
    headers: {
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
      "x-frame-options": framing ? "SAMEORIGIN" : "DENY",
      "cross-origin-opener-policy": "same-origin",
      ...(https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
    },
  };
}

/**
 * Wrap a Node request handler. `https` comes from SITE_URL (HSTS, upgrade-insecure-requests).
 */
export function withSecurityHeaders(handle, { https = false, siteUrl = null, port = null } = {}) {
  const site = siteUrl ? { origin: new URL(siteUrl).origin, port: String(port ?? "") } : null;
  return (req, res) => {
    const { framing, headers } = commonHeaders({ path: req.url ?? "/", https });
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    holdHtml(req, res, site, (html) => pagePolicy({ hashes: inlineScriptHashes(html), framing, https }));
    return handle(req, res);
  };
}

/**
 * Decide at the response's head: an HTML page is held until complete (to hash its inline
 * scripts), anything else goes straight through with the resource policy.
 */
function holdHtml(req, res, site, policyFor) {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  const flushHeaders = res.flushHeaders;
  /** null: not decided yet; false: passing through; true: holding the body. */
  let holding = null;
  let chunks = [];

  const decide = () => {
    if (holding !== null) return holding;
    const type = String(res.getHeader("content-type") ?? "");
    holding = type.includes("text/html") && req.method !== "HEAD" && res.statusCode !== 304;
    if (!holding && !res.hasHeader("content-security-policy")) {
      res.setHeader("content-security-policy", type.includes("text/html") ? policyFor("") : RESOURCE_POLICY);
    }
    return holding;
  };

  res.writeHead = function (status, ...rest) {
    // Take the headers given here onto the response, so they are seen when deciding.
    const given = typeof rest[0] === "string" ? rest[1] : rest[0];
    if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) this.setHeader(given[i], given[i + 1]);
    else if (given) for (const [k, v] of Object.entries(given)) if (v !== undefined) this.setHeader(k, v);
    this.statusCode = status;
    // One Location, always: Next's redirects from cached pages repeated it after a purge,
    // and clients that join repeated headers followed "a, a" to a 404 (issue 9, finding 10).
    const location = this.getHeader("location");
    if (location !== undefined) this.setHeader("location", publicLocation(Array.isArray(location) ? location[0] : location, site));
    if (!decide()) return writeHead.call(this, status);
    return this;
  };
  res.flushHeaders = function () {
    if (decide()) return;
    return flushHeaders.call(this);
  };
  res.write = function (chunk, encoding, cb) {
    if (!decide()) return write.call(this, chunk, encoding, cb);
    if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : cb;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, cb) {
    if (!decide()) return end.call(this, chunk, encoding, cb);
    if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    const done = [chunk, encoding, cb].find((a) => typeof a === "function");
    const body = Buffer.concat(chunks);
    chunks = [];
    if (!res.hasHeader("content-security-policy")) {
      let html = "";
      try {
        const decode = DECODE[String(res.getHeader("content-encoding") ?? "")];
        html = (decode ? decode(body) : body).toString("utf8");
      } catch {
        html = ""; // undecodable: no inline script is allowed
      }
      res.setHeader("content-security-policy", policyFor(html));
    }
    if (!res.headersSent) {
      res.removeHeader("transfer-encoding");
      res.setHeader("content-length", body.length);
      writeHead.call(res, res.statusCode);
    }
    return end.call(res, body, done);
  };
}

/** Names under which Next knows the machine it listens on (never the public address). */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "0.0.0.0", "[::]", "[::1]"]);

/**
 * Redirects built by Next or Auth.js from the address the server listens on
 * ("http://localhost:3000/login", "http://0.0.0.0:3000/…") are moved to SITE_URL, the address
 * readers and staff actually use (issue 9, finding 6). Other locations are left alone.
 */
export function publicLocation(location, site) {
  if (!site || typeof location !== "string" || !/^https?:\/\//i.test(location)) return location;
  try {
    const u = new URL(location);
    if (u.origin === site.origin || !LOCAL_HOSTS.has(u.hostname) || (site.port && u.port !== site.port)) return location;
    return `${site.origin}${u.pathname}${u.search}${u.hash}`;
  } catch {
    return location;
  }
}

const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
