// The production server: Next.js behind the page cache (scripts/page-cache.mjs).
// `npm start`, the end-to-end tests and the benchmark all serve this way.
// Usage: node scripts/serve.mjs [-p PORT] [-H HOST]    (or PORT / HOST in the environment)
import http from "node:http";
import path from "node:path";
import next from "next";
import { z } from "zod";
import { identifyClient, parseTrustProxy } from "./client-address.mjs";
import { CLUSTER_KEY, createClusterBus, currentResponse, linkedPieceKeys, mediaKey, surrogateKeys } from "./cluster-bus.mjs";
import { createInflightTracker, SETTLE_KEY } from "./inflight.mjs";
import { createPageCache, PAGE_CACHE_KEY, withPageCache } from "./page-cache.mjs";
import { createErrorPages, isDashboardRequest, isErrorPageRequest, loopbackFetch } from "./error-shell.mjs";
import { withoutClientRuntime } from "./reader-html.mjs";
import { safeForLog, withRequestGuard } from "./request-guard.mjs";
import { withSecurityHeaders } from "./security-headers.mjs";

const root = path.resolve(import.meta.dirname, "..");
const arg = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
const hostname = arg("-H") ?? process.env.HOST ?? "0.0.0.0";

// The page cache's settings (README, Configuration); the app's own are in lib/env.ts.
const parsed = z
  .object({
    PAGE_CACHE: z.enum(["on", "off"]).default("on"),
    PAGE_CACHE_MB: z.coerce.number().int().positive().default(128),
    PAGE_CACHE_SECONDS: z.coerce.number().int().positive().default(60),
  })
  .safeParse(process.env);
if (!parsed.success) {
  console.error(`Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  process.exit(1);
}
const settings = parsed.data;
let trust;
try {
  trust = parseTrustProxy(process.env.TRUST_PROXY);
} catch (e) {
  console.error(`Invalid environment:\n  ${e.message}`);
  process.exit(1);
}

const app = next({ dev: false, dir: root, hostname, port });
const nextHandler = app.getRequestHandler();
await app.prepare();

const handle = (req, res) =>
  nextHandler(req, res).catch((err) => {
    // Next renders its own error pages; this is only for a failure of Next itself.
    console.error(`${req.method} ${safeForLog(req.url)}: ${safeForLog(err?.stack ?? err)}`);
    if (res.headersSent) return res.end();
    res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("عذراً، حدث خطأ في الخادم. حاول مرة أخرى بعد قليل.");
  });

/** GET a page from this very server (uncompressed: the cache compresses it), reading it to the end. */
function getLocal(pathname) {
  return new Promise((resolve, reject) => {
    const host = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
    const req = http.get({ host, port, path: pathname }, (res) => {
      res.resume();
      res.on("end", resolve).on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
  });
}

// Readers' pages leave without Next's client runtime (decision 110), before the cache keeps them.
// Next's error shells (blank without JavaScript) become pages that read without it (decision 112).
const errorPages = createErrorPages({ fetchPage: loopbackFetch(hostname, port) });
const reader = withoutClientRuntime(handle, {
  // Its own request for the 404 page passes as it is (never replaced in turn), and so do the
  // dashboard's: it runs Next's client runtime, which paints its own «غير متاح» and error pages.
  replaceErrorShell: async (html, status, req) => (isErrorPageRequest(req) || isDashboardRequest(req) ? null : errorPages(html, status)),
  // A reader page also answers to the keys of every piece it links to, so an edit of a piece
  // purges exactly the pages that show it (decision 101).
  onHtml: process.env.VARNISH_URLS
    ? (html, res) => {
        const own = res.getHeader("xkey");
        const linked = own ? linkedPieceKeys(html) : "";
        if (linked) res.setHeader("xkey", `${own} ${linked}`);
      }
    : undefined,
});
let listener = reader;
if (settings.PAGE_CACHE === "on") {
  const cache = createPageCache({
    maxBytes: settings.PAGE_CACHE_MB * 1024 * 1024,
    maxAgeMs: settings.PAGE_CACHE_SECONDS * 1000,
    // After content changes, the busiest pages are rendered again by asking this server.
    refill: (key) => getLocal(key),
  });
  // lib/cache/revalidate.ts purges it whenever the app expires pages.
  globalThis[PAGE_CACHE_KEY] = cache;
  listener = withPageCache(cache, reader);
}

// A database that cannot be reached (PostgreSQL restarting, network) is temporary: the app's
// 500s become 503 with Retry-After while it lasts (lib/sql/client.ts notes it), so readers,
// crawlers and Varnish (which then keeps serving its copy in grace) know to come back.
const DB_DOWN = Symbol.for("midad.databaseDownSince");
{
  const inner = listener;
  listener = (req, res) => {
    const writeHead = res.writeHead;
    res.writeHead = function (status, ...rest) {
      if (status === 500 && globalThis[DB_DOWN]) {
        this.setHeader("retry-after", "30");
        this.setHeader("cache-control", "no-store");
        return writeHead.call(this, 503, ...(typeof rest[0] === "string" ? rest.slice(1) : rest));
      }
      return writeHead.call(this, status, ...rest);
    };
    return inner(req, res);
  };
}

// Several instances (decision 101): expiries go to the others over Redis and purge Varnish.
const bus = createClusterBus();
globalThis[CLUSTER_KEY] = bus;
try {
  await Promise.race([bus.connect(), new Promise((_, no) => setTimeout(() => no(new Error("no answer in 5 s")), 5000).unref())]);
} catch (e) {
  // The client keeps reconnecting; until then this instance serves what it has.
  console.warn(`[cluster] Redis not reachable yet: ${e.message}`);
}
if (process.env.VARNISH_URLS) {
  // Surrogate keys on reader responses, for Varnish's tagged purges (scripts/cluster/midad.vcl).
  const inner = listener;
  listener = (req, res) => {
    if (req.method === "GET" || req.method === "HEAD") {
      const pathname = (req.url ?? "/").split("?")[0];
      if (pathname.startsWith("/media/")) res.setHeader("xkey", mediaKey(pathname));
      else if (!/^\/(admin|api|_next)(\/|$)/.test(pathname)) res.setHeader("xkey", surrogateKeys(pathname));
    }
    return inner(req, res);
  };
}

// Every expiry of cached pages is repeated once the requests running at that moment have
// finished (lib/cache/expire-again.ts): a render that read old content must not stay stored.
const inflight = createInflightTracker();
globalThis[SETTLE_KEY] = (fn) => inflight.afterCurrent(fn);
// Security headers outermost: every response gets them, cached pages included (decision 091).
// SITE_URL defaults as lib/env.ts does: http://localhost:<port>.
const siteUrl = (process.env.SITE_URL || `http://localhost:${port}`).replace(/\/+$/, "");
// Inputs Next itself would answer with a 500 are refused first (scripts/request-guard.mjs).
const served = withSecurityHeaders(withRequestGuard(inflight.wrap(listener)), { https: siteUrl.startsWith("https:"), siteUrl, port });
// INSTANCE_NAME (optional) names this instance on every answer, for operators behind a cache.
const instanceName = /^[A-Za-z0-9._-]{1,64}$/.test(process.env.INSTANCE_NAME ?? "") ? process.env.INSTANCE_NAME : null;
const server = http.createServer((req, res) => {
  if (instanceName) res.setHeader("x-served-by", instanceName);
  // First of all: who is asking (the socket, or a trusted proxy's word for it).
  identifyClient(req, trust);
  return currentResponse.run(res, () => served(req, res));
});
server.listen(port, hostname, () => console.log(`• Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    server.close();
    Promise.all([app.close?.(), bus.close()]).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
