// Requests refused before Next.js sees them, because Next itself would answer them with a
// 500 (issue 9, decision 094). Wrapped around the whole app in scripts/serve.mjs:
//  - a path Next cannot percent-decode ("%", "%ZZ", "%u0041", "%C0%AF", "%ED%A0%80") gets
//    our Arabic 404 page (rendered by Next for a path that exists nowhere);
//  - a server action posted with a foreign Origin gets 403 (Next throws, i.e. 500);
//  - a server action's body that React cannot decode (not JSON, a dangling "$1" reference,
//    over the size limit) gets 400/413 (Next answers 500); the body is read here once and
//    replayed to Next unchanged;
//  - /_next/image with a source that is not one of our media files (a redirect, a bad
//    escape, a CRLF…) gets 400 before the optimizer fetches it;
//  - a path with "." or ".." segments (browsers resolve them before sending; Next answers some,
//    e.g. /section/.410630/page/.., with a 500 "page mismatch") is redirected (308) to the
//    resolved path for GET and HEAD, and refused with 404 otherwise.

/** Where a path Next cannot decode is sent: no route matches it, so Next renders not-found. */
import { IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";

// The multipart parser Next itself uses for server action bodies.
const busboy = createRequire(import.meta.url)("next/dist/compiled/busboy");

export const NOT_FOUND_PATH = "/__midad/not-found";

/** Next's default limit for a server action's body (experimental.serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** A URL (or any request-supplied text) as it may appear in a log line: no control characters. */
export function safeForLog(text) {
  return String(text)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)
    .slice(0, 2000);
}

/** Every "/"-separated segment of the raw path decodes as UTF-8 (what Next's router requires). */
export function decodablePath(pathname) {
  for (const seg of pathname.split("/")) {
    if (!seg.includes("%")) continue;
    try {
      decodeURIComponent(seg);
    } catch {
      return false;
    }
  }
  return true;
}

const DOT = /^(\.|%2e)$/i;
const DOTDOT = /^(\.|%2e){2}$/i;

/** The path with its "." and ".." segments (also percent-encoded) resolved; the same string when it has none. */
export function withoutDotSegments(pathname) {
  const segs = pathname.split("/").slice(1);
  if (!segs.some((s) => DOT.test(s) || DOTDOT.test(s))) return pathname;
  const out = [];
  for (const s of segs) {
    if (DOT.test(s)) continue;
    if (DOTDOT.test(s)) out.pop();
    else out.push(s);
  }
  return `/${out.join("/")}`;
}

/** The url parameter of /_next/image names one of our stored media files, plainly. */
export function acceptableImageSource(url) {
  if (typeof url !== "string" || url.length > 1000 || !url.startsWith("/media/") || url.endsWith("/")) return false;
  let decoded;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return false;
  }
  if (!decodablePath(url)) return false;
  // Only what mediaUrl() produces: letters, digits, dot, hyphen, underscore, slashes between.
  if (/[?#\\]|\/\/|(^|\/)\.\.?(\/|$)/.test(decoded)) return false;
  return /^\/media(\/[\p{L}\p{N}._-]+)+$/u.test(decoded);
}

// In a single-row (non-multipart) reply, "$" starts an encoded value; references to other rows
// ("$1", "$@1", "$Q1"…) can only be satisfied by a multipart body, and a dangling one fails.
// "$n<digits>" is a BigInt: anything else after "$n" makes BigInt() throw (fuzz seed 60958).
const SINGLE_ROW_VALUE = /^\$(\$|undefined$|NaN$|-?Infinity$|-0$|D|n-?\d+$)/;

// References between rows of a multipart reply: "$<hex>" a row, "$@" a promise, "$Q" a Map,
// "$W" a Set, "$B" a blob, "$K" a FormData (its entries are fields named "<id>_…").
const ROW_REF = /^\$([@QWB]?)([0-9a-f]{1,8})$/;

/** Rows of a multipart reply that React's decodeReply accepts: "0" a JSON array, every "$" reference resolvable. */
export function decodableMultipartReply(fields, files) {
  const root = fields.get("0");
  if (root === undefined) return false;
  const walk = (v, depth) => {
    if (depth > 64) return false;
    if (typeof v === "string") {
      if (!v.startsWith("$") || SINGLE_ROW_VALUE.test(v) || /^\$K[0-9a-f]{1,8}$/.test(v)) return true;
      const m = ROW_REF.exec(v);
      if (!m) return false;
      const name = String(parseInt(m[2], 16));
      return m[1] === "B" ? files.has(name) || fields.has(name) : fields.has(name);
    }
    if (Array.isArray(v)) return v.every((x) => walk(x, depth + 1));
    if (v && typeof v === "object") return Object.values(v).every((x) => walk(x, depth + 1));
    return true;
  };
  for (const [name, text] of fields) {
    if (!/^\d+$/.test(name)) continue; // FormData entries ("1_title"…) are plain strings
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    if (name === "0" && !Array.isArray(value)) return false;
    if (!walk(value, 0)) return false;
  }
  return true;
}

function parseMultipart(headers, body) {
  return new Promise((resolve) => {
    const fields = new Map();
    const files = new Set();
    let bb;
    try {
      bb = busboy({ headers, limits: { fieldSize: ACTION_BODY_LIMIT, fields: 1000, files: 20 } });
    } catch {
      return resolve(null);
    }
    bb.on("field", (name, value) => fields.set(name, value));
    bb.on("file", (name, stream) => {
      files.add(name);
      stream.resume();
    });
    bb.on("error", () => resolve(null));
    bb.on("close", () => resolve({ fields, files }));
    bb.end(body);
  });
}

/** A text body React's decodeReply accepts without throwing: a JSON array whose "$" strings are plain values. */
export function decodableActionReply(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const ok = (v, depth) => {
    if (depth > 64) return false;
    if (typeof v === "string") return !v.startsWith("$") || SINGLE_ROW_VALUE.test(v);
    if (Array.isArray(v)) return v.every((x) => ok(x, depth + 1));
    if (v && typeof v === "object") return Object.entries(v).every(([k, x]) => ok(x, depth + 1) && typeof k === "string");
    return true;
  };
  // The arguments list: Next applies the action to it, and anything but an array throws.
  return Array.isArray(value) && ok(value, 0);
}

/** Read the whole body (or null past the limit), then a request Next can read again. */
function buffered(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let over = false;
    req.on("data", (c) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on("end", () => resolve(over ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function replay(req, body) {
  const copy = new IncomingMessage(req.socket);
  for (const k of ["method", "url", "headers", "rawHeaders", "trailers", "rawTrailers", "httpVersion", "httpVersionMajor", "httpVersionMinor"]) copy[k] = req[k];
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

function sameHostOrigin(req) {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // non-browser clients send none; Next accepts that too
  let host;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed or privacy-sensitive contexts) or garbage
  }
  const forwarded = req.headers["x-forwarded-host"];
  const expected = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() || req.headers.host;
  return host === expected;
}

function answer(res, status, message) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(message);
}

export function withRequestGuard(next) {
  return (req, res) => {
    const raw = req.url ?? "/";
    const q = raw.indexOf("?");
    const pathname = q === -1 ? raw : raw.slice(0, q);
    if (!decodablePath(pathname)) {
      // Pages are read with GET: Next renders our 404 page. Anything else gets it in words.
      if (req.method !== "GET" && req.method !== "HEAD") return answer(res, 404, "الصفحة المطلوبة غير موجودة.");
      req.url = NOT_FOUND_PATH;
      return next(req, res);
    }
    const resolved = withoutDotSegments(pathname);
    if (resolved !== pathname) {
      if (req.method !== "GET" && req.method !== "HEAD") return answer(res, 404, "الصفحة المطلوبة غير موجودة.");
      res.writeHead(308, { location: resolved + (q === -1 ? "" : raw.slice(q)), "cache-control": "no-store" });
      return res.end();
    }
    if (req.method === "POST" && req.headers["next-action"] !== undefined) {
      if (!sameHostOrigin(req)) return answer(res, 403, "رُفض الطلب لأنه أُرسل من موقع آخر.");
      const multipart = String(req.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/form-data");
      return buffered(req, ACTION_BODY_LIMIT).then(
        async (body) => {
          if (body === null) return answer(res, 413, "الطلب أكبر من المسموح.");
          let ok;
          if (multipart) {
            const parts = await parseMultipart(req.headers, body);
            ok = parts !== null && decodableMultipartReply(parts.fields, parts.files);
          } else {
            ok = decodableActionReply(body.toString("utf8"));
          }
          if (!ok) return answer(res, 400, "تعذّرت قراءة الطلب.");
          return next(replay(req, body), res);
        },
        () => answer(res, 400, "تعذّرت قراءة الطلب."),
      );
    }
    // A multipart POST without an action id is what a no-JS form action looks like to Next, which
    // parses the body before it knows whether the page has such an action: a malformed body is
    // a 500 there. Only a body the same parser reads goes on (uploads have their own route).
    if (req.method === "POST" && pathname !== "/api/admin/media" && String(req.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/form-data")) {
      return buffered(req, ACTION_BODY_LIMIT).then(
        async (body) => {
          if (body === null) return answer(res, 413, "الطلب أكبر من المسموح.");
          if ((await parseMultipart(req.headers, body)) === null) {
            // The JSON API accepts no multipart body but uploads: it answers as its handlers would.
            if (path.posix.normalize(pathname).startsWith("/api/")) {
              res.writeHead(415, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
              return res.end(JSON.stringify({ code: "unsupported_media_type", message: "نوع المحتوى غير مدعوم.", fields: {} }));
            }
            return answer(res, 400, "تعذّرت قراءة الطلب.");
          }
          return next(replay(req, body), res);
        },
        () => answer(res, 400, "تعذّرت قراءة الطلب."),
      );
    }
    if (pathname === "/_next/image") {
      const url = new URLSearchParams(q === -1 ? "" : raw.slice(q + 1)).get("url");
      if (!acceptableImageSource(url)) return answer(res, 400, "مصدر الصورة غير صالح.");
    }
    return next(req, res);
  };
}
