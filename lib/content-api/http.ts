import "server-only";
import crypto from "node:crypto";
import type { z } from "zod";
import { authenticate } from "@/lib/api-keys/verify";
import { routeParams, safeLogPath } from "@/lib/http/route";
import { consumeQuota, type Quota } from "./rate-limit";

// The one builder for content API handlers (issue 16), the API's twin of route():
//   key (401/403) → per-key quota (429, RateLimit-* headers) → path params (404) →
//   query through the resource's zod schema (400 naming the field) → handler →
//   JSON with ETag / Last-Modified (304 when unchanged), Cache-Control and surrogate keys.
// Every refusal is JSON with an Arabic and an English message (decision 176). An unexpected
// error is logged and answered 500; the fuzz tests make sure no input gets there.

type RawParams = Record<string, string | string[] | undefined>;
type Ctx = { params: Promise<RawParams> };

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    public ar: string,
    public en: string,
    public fields?: Record<string, string>,
  ) {
    super(en);
  }
}

export const notFound = () => new ApiError(404, "not_found", "العنصر المطلوب غير موجود أو غير منشور.", "Not found, or not published.");

export type ApiResult = { body: unknown; lastModified?: Date | null; keys: string[] };

/** Surrogate keys of API answers: the names the pages' keys and purges use (lib/cache/tags.ts, scripts/cluster-bus.mjs). */
export const ALL_KEY = "all";

/**
 * Keys as a header value: headers take Latin-1 only and slugs are Arabic, so the part after a
 * key's prefix is percent-encoded, the form scripts/cluster-bus.mjs gives pages' keys.
 */
export function surrogateHeader(keys: string[]): string {
  return keys
    .map((k) => {
      const i = k.indexOf(":");
      return i < 0 ? k : `${k.slice(0, i)}:${encodeURIComponent(k.slice(i + 1))}`;
    })
    .join(" ");
}

const VARY = "Authorization, X-Api-Key, Origin";
/** Shared caches may keep an answer a minute (purged by key on every change); clients revalidate. */
export const CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=30";

function errorResponse(e: ApiError, headers: Record<string, string> = {}): Response {
  return Response.json(
    { ok: false, code: e.code, message: e.ar, message_en: e.en, fields: e.fields ?? {} },
    { status: e.status, headers: { "cache-control": "no-store", vary: VARY, ...headers } },
  );
}

function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get("origin");
  return origin ? { "access-control-allow-origin": origin, "access-control-expose-headers": "ETag, Last-Modified, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After" } : {};
}

const rateHeaders = (q: Quota) => ({ "ratelimit-limit": String(q.limit), "ratelimit-remaining": String(q.remaining), "ratelimit-reset": String(q.resetSeconds) });

/** A browser's preflight: answered for any origin; the key's own origins are checked on the real request. */
export function preflight(request: Request): Response {
  const origin = request.headers.get("origin");
  return new Response(null, {
    status: 204,
    headers: {
      ...(origin ? { "access-control-allow-origin": origin } : {}),
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "Authorization, X-Api-Key, If-None-Match, If-Modified-Since",
      "access-control-max-age": "600",
      vary: "Origin",
    },
  });
}

/** zod issues as { field: "ar — en" }; the first names its field in the message. */
function badRequest(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const i of error.issues) fields[String(i.path[0] ?? "query")] ??= i.message;
  const [name, message] = Object.entries(fields)[0] ?? ["query", "—"];
  const [ar, en] = message.split(" — ");
  return new ApiError(400, "invalid_parameter", `المعامل «${name}» غير صالح: ${ar}`, `Parameter "${name}" is invalid: ${en ?? ar}`, fields);
}

/** Last-Modified precision is one second. */
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

function fresh(request: Request, etag: string, lastModified: Date | null): boolean {
  const inm = request.headers.get("if-none-match");
  if (inm !== null) return inm.split(",").some((t) => t.trim() === etag || t.trim() === "*" || t.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""));
  const ims = request.headers.get("if-modified-since");
  if (ims && lastModified) {
    const t = Date.parse(ims);
    return Number.isFinite(t) && seconds(lastModified) <= Math.floor(t / 1000);
  }
  return false;
}

export function apiRoute<Q extends z.ZodType, P = RawParams>(spec: {
  query: Q;
  params?: (raw: RawParams) => P | null;
  /** No key needed (the OpenAPI document only). */
  open?: boolean;
  handler: (request: Request, ctx: { query: z.infer<Q>; params: P }) => Promise<ApiResult>;
}) {
  return async (request: Request, ctx?: Ctx): Promise<Response> => {
    const cors = corsHeaders(request);
    let limits: Record<string, string> = {};
    try {
      if (!spec.open) {
        const key = await authenticate(request);
        if (key === "missing" || key === "invalid") {
          const missing = key === "missing";
          throw new ApiError(
            401,
            "unauthorized",
            missing ? "هذه الواجهة تحتاج مفتاحاً: أرسله في الترويسة Authorization: Bearer <المفتاح>." : "المفتاح غير صالح أو أُلغي.",
            missing ? "An API key is required: send it as Authorization: Bearer <key>." : "The API key is not valid or was revoked.",
          );
        }
        if (key === "origin") throw new ApiError(403, "forbidden_origin", "هذا المفتاح لا يُقبل من هذا الموقع (الأصل غير مسموح به).", "This key may not be used from this origin.");
        const quota = await consumeQuota(key.id, key.touch);
        limits = rateHeaders(quota);
        if (!quota.ok) {
          throw new ApiError(429, "rate_limited", `تجاوزت حد الطلبات لهذا المفتاح. أعد المحاولة بعد ${quota.resetSeconds} ثانية.`, `Rate limit exceeded for this key. Retry in ${quota.resetSeconds} s.`);
        }
      }
      const params = await routeParams(ctx, spec.params);
      if (params === null) throw notFound();
      const url = new URL(request.url);
      const rawQuery: Record<string, string> = {};
      for (const [k, v] of url.searchParams) {
        if (k in rawQuery) throw new ApiError(400, "invalid_parameter", `المعامل «${k.slice(0, 40)}» مكرر.`, `Parameter "${k.slice(0, 40)}" is repeated.`, { [k]: "repeated" });
        rawQuery[k] = v;
      }
      const parsed = spec.query.safeParse(rawQuery);
      if (!parsed.success) throw badRequest(parsed.error);
      const result = await spec.handler(request, { query: parsed.data, params });

      const text = JSON.stringify(result.body);
      const etag = `W/"${crypto.createHash("sha1").update(text).digest("base64url")}"`;
      const headers: Record<string, string> = {
        ...cors,
        ...limits,
        etag,
        "cache-control": CACHE_CONTROL,
        vary: VARY,
        xkey: surrogateHeader(result.keys),
        "surrogate-key": surrogateHeader(result.keys),
        ...(result.lastModified ? { "last-modified": new Date(seconds(result.lastModified) * 1000).toUTCString() } : {}),
      };
      if (fresh(request, etag, result.lastModified ?? null)) return new Response(null, { status: 304, headers });
      return new Response(text, { status: 200, headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
    } catch (e) {
      if (e instanceof ApiError) return errorResponse(e, { ...cors, ...limits, ...(e.status === 401 ? { "www-authenticate": 'Bearer realm="midad"' } : {}), ...(e.status === 429 ? { "retry-after": limits["ratelimit-reset"] ?? "60" } : {}) });
      console.error(`[api] ${request.method} ${safeLogPath(request.url)}:`, e);
      return errorResponse(new ApiError(500, "server_error", "عذراً، حدث خطأ في الخادم.", "Server error."), cors);
    }
  };
}
