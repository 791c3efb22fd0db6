// Error pages that read without JavaScript (decision 112).
//
// When a page calls notFound() or throws, Next answers with an "error shell": an empty
// <html id="__next_error__"> whose content exists only in the RSC payload, painted by its
// client runtime (upstream vercel/next.js#62228, open). Without JavaScript — and for every
// crawler that does not run it — a missing article or a moment without the database is a
// blank page. An address that matches no route is rendered on the server, so a shell that
// is a 404 is replaced by that page, asked once a minute from this very server; a shell that
// is a 5xx by a small self-contained Arabic page (the database may be what failed).
import http from "node:http";

export const ERROR_SHELL = /<html id="__next_error__"/;
/** Matches no route: Next renders app/not-found.tsx for it on the server. */
export const NOT_FOUND_PATH = "/-/not-found/page/midad";
/** Marks this module's own request, so its answer is never replaced in turn. */
const INTERNAL = "x-midad-error-page";
const KEEP_MS = 60_000;

const STATIC_PAGE = (title, text) => `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>body{margin:0;font:1.05rem/1.8 system-ui,"Noto Naskh Arabic",sans-serif;background:#f7f4ee;color:#1b1b1b}main{max-width:36rem;margin:12vh auto;padding:1.5rem}h1{font-size:1.5rem;margin:0 0 .75rem}a{color:#a4161a}</style></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">العودة إلى الصفحة الرئيسية</a></p></main></body></html>`;

export const STATIC_NOT_FOUND = STATIC_PAGE("الصفحة غير موجودة", "ربما نُقلت الصفحة أو حُذفت، أو أن الرابط غير صحيح.");
export const STATIC_ERROR = STATIC_PAGE("تعذر عرض الصفحة الآن", "حدث خلل مؤقت في الخادم. أعد تحميل الصفحة بعد قليل.");

/** The dashboard (and its sign-in pages) keep Next's error pages: they need JavaScript anyway. */
export const isDashboardRequest = (req) => /^\/(admin|login|logout|password|two-factor|forgot|reset|invite)(\/|\?|$)/.test(req.url ?? "/");

/** Is this request the module's own (its answer must pass as it is)? */
export const isErrorPageRequest = (req) => req.headers[INTERNAL] === "1";

/**
 * replacement(html, status): the page to send instead of an error shell, or null to keep
 * what Next wrote. `fetchPage(path)` reads a page from this server ({ status, body }).
 */
export function createErrorPages({ fetchPage }) {
  let kept = null;
  let pending = null;
  async function notFoundPage() {
    if (kept && Date.now() - kept.at < KEEP_MS) return kept.html;
    pending ??= fetchPage(NOT_FOUND_PATH)
      .then(({ status, body }) => {
        // Only a real server-rendered 404 page is kept; anything else falls back.
        const html = status === 404 && !ERROR_SHELL.test(body) && body.includes("<main") ? body : STATIC_NOT_FOUND;
        kept = { html, at: Date.now() };
        return html;
      })
      .catch(() => STATIC_NOT_FOUND)
      .finally(() => {
        pending = null;
      });
    return pending;
  }
  return async function replacement(html, status) {
    if (!ERROR_SHELL.test(html)) return null;
    if (status === 404) return notFoundPage();
    if (status >= 500) return STATIC_ERROR;
    return null;
  };
}

/** fetchPage for createErrorPages: GET from this server over loopback, marked as internal. */
export function loopbackFetch(hostname, port) {
  const host = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  return (path) =>
    new Promise((resolve, reject) => {
      const req = http.get({ host, port, path, headers: { [INTERNAL]: "1", accept: "text/html" } }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.setTimeout(10_000, () => req.destroy(new Error("timeout")));
    });
}
