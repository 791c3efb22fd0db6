// Readers' pages leave without Next.js's client runtime (decision 110).
//
// A reader page is server-rendered HTML that needs no client router and no hydration: its
// only interactive parts (the comment form, its counter, "load more", "report") are plain
// forms and links, improved by one small script of our own (/reader.js). Next still
// writes its framework scripts and the page's RSC payload into every page (~150 KB of JS
// and a second copy of the page's text); pages that say so with
// <meta name="midad-runtime" content="none"> (components/site/site-chrome.tsx) get them
// removed here, before the page cache keeps the page and before the security headers hash
// its inline scripts. Pages without the marker (the dashboard, sign-in) pass untouched.
import zlib from "node:zlib";

export const MARKER = /<meta name="midad-runtime" content="none"\s*\/?>/;

const CODECS = {
  gzip: [zlib.gunzipSync, (b) => zlib.gzipSync(b, { level: 6 })],
  deflate: [zlib.inflateSync, (b) => zlib.deflateSync(b)],
  br: [zlib.brotliDecompressSync, (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })],
};

// What Next writes for the browser runtime: its chunks (with their preloads), the
// Turbopack bootstrap and the RSC payload pushed into self.__next_f.
const RUNTIME_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/g;
const RUNTIME_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*\bhref="\/_next\/[^"]*"[^>]*\/?>/g;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/g;
const RUNTIME_INLINE = /^\s*(?:\(self\.__next_f=|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\])/;

/** The page without Next's client runtime (only when it carries the marker). */
export function stripClientRuntime(html) {
  if (!MARKER.test(html)) return html;
  return html
    .replace(RUNTIME_SCRIPT, "")
    .replace(RUNTIME_PRELOAD, "")
    .replace(INLINE_SCRIPT, (all, attrs, body) => (/\bsrc\s*=/.test(attrs) || !RUNTIME_INLINE.test(body) ? all : ""));
}

/**
 * Wrap Next's request handler: HTML pages are held, stripped when marked, then sent as one
 * piece. `replaceErrorShell(html, status, req)` (scripts/error-shell.mjs) may give a page to send
 * instead of Next's error shell. `onHtml(html, res)` sees each held page before its headers go
 * (serve.mjs adds the surrogate keys of the pieces it links to).
 */
export function withoutClientRuntime(handle, { replaceErrorShell = async () => null, onHtml = () => {} } = {}) {
  return (req, res) => {
    if (req.method !== "GET") return handle(req, res);
    const writeHead = res.writeHead;
    const write = res.write;
    const end = res.end;
    const flushHeaders = res.flushHeaders;
    let holding = null;
    let chunks = [];
    const decide = () => {
      if (holding === null) holding = String(res.getHeader("content-type") ?? "").includes("text/html") && res.statusCode !== 304;
      return holding;
    };
    res.writeHead = function (status, ...rest) {
      const given = typeof rest[0] === "string" ? rest[1] : rest[0];
      if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) this.setHeader(given[i], given[i + 1]);
      else if (given) for (const [k, v] of Object.entries(given)) if (v !== undefined) this.setHeader(k, v);
      this.statusCode = status;
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
      let body = Buffer.concat(chunks);
      chunks = [];
      const encodingName = String(res.getHeader("content-encoding") ?? "");
      const codec = CODECS[encodingName];
      const send = () => {
        if (!res.headersSent) {
          res.removeHeader("transfer-encoding");
          res.setHeader("content-length", body.length);
          writeHead.call(res, res.statusCode);
        }
        return end.call(res, body, done);
      };
      let plain;
      try {
        plain = (codec ? codec[0](body) : body).toString("utf8");
        onHtml(plain, res);
        const stripped = stripClientRuntime(plain);
        if (stripped !== plain) body = codec ? codec[1](Buffer.from(stripped, "utf8")) : Buffer.from(stripped, "utf8");
      } catch {
        // An answer that cannot be read is sent as it came.
        return send();
      }
      replaceErrorShell(plain, res.statusCode, req)
        .catch(() => null)
        .then((page) => {
          if (page) body = codec ? codec[1](Buffer.from(page, "utf8")) : Buffer.from(page, "utf8");
          send();
        });
      return this;
    };
    return handle(req, res);
  };
}

const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
