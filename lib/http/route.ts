import "server-only";
import type { z } from "zod";
import { requirePermission, requireUser, type CurrentUser } from "@/lib/auth/guard";
import type { Guard } from "./action";
import { HttpError, MESSAGES, toFailure, type Failure } from "./errors";
import { sameOrigin } from "./origin";

// The one builder for route handlers (decision 094), the twin of serverAction():
//   same-origin check (writes) → decode the path params (bad ones are a 404) → guard →
//   handler; every refusal thrown on the way becomes JSON with a stable code and an
//   Arabic message (lib/http/errors.ts). An unexpected error is logged and answered with a
//   generic Arabic 500 — the fuzz suite (e2e/fuzz.spec.ts) makes sure no input gets there.

type RawParams = Record<string, string | string[] | undefined>;
type Ctx = { params: Promise<RawParams> };

export type RouteSpec<P, Q extends z.ZodType = z.ZodType<Record<string, string>>, B extends z.ZodType = z.ZodType<unknown>> = {
  /** Omitted: public. */
  permission?: Guard;
  /** Refuse requests a browser sends from another site (CSRF), with 403. */
  sameOrigin?: boolean;
  /** Turn the raw path params into typed ones; null (or a throw) answers 404. */
  params?: (raw: RawParams) => P | null;
  /** The 404 for params that do not decode or parse (JSON by default). */
  notFound?: () => Response;
  /** The query string (one value per name) through this schema; a refusal is a 400. */
  query?: Q;
  /** A JSON body (at most 64 KiB) through this schema; a refusal is a 400. */
  body?: B;
  handler: (request: Request, ctx: { params: P; user: CurrentUser | null; query: z.infer<Q>; body: z.infer<B> }) => Promise<Response> | Response;
};

const MAX_JSON_BYTES = 64 * 1024;

async function readJson(request: Request): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new HttpError(415, "unsupported_media_type", "نوع المحتوى غير مدعوم: أرسل JSON.");
  const text = await request.text().catch(() => null);
  if (text === null || text.length > MAX_JSON_BYTES) throw new HttpError(413, "too_large", "الطلب أكبر من المسموح.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "invalid", "تعذّرت قراءة الطلب.");
  }
}

export function failureResponse(f: Failure, headers: Record<string, string> = {}): Response {
  return Response.json(
    { ok: false, code: f.code, message: f.message, fields: f.errors ?? {}, error: { code: f.code, message: f.message } },
    { status: f.status, headers: { "cache-control": "no-store", ...headers } },
  );
}

export const notFoundJson = () => failureResponse({ status: 404, code: "not_found", message: MESSAGES.notFound });

/** The route's dynamic segments through its parser; null when they do not parse (the route answers 404). */
export async function routeParams<P>(ctx: { params: Promise<RawParams> } | undefined, parse?: (raw: RawParams) => P | null): Promise<P | null> {
  const raw = ctx?.params ? await ctx.params : {};
  try {
    return parse ? parse(raw) : (raw as P);
  } catch {
    return null;
  }
}

export function route<P = RawParams, Q extends z.ZodType = z.ZodType<Record<string, string>>, B extends z.ZodType = z.ZodType<unknown>>(spec: RouteSpec<P, Q, B>) {
  return async (request: Request, ctx?: Ctx): Promise<Response> => {
    try {
      if (spec.sameOrigin && !sameOrigin(request)) throw new HttpError(403, "forbidden_origin", MESSAGES.forbiddenOrigin);
      const params = await routeParams(ctx, spec.params);
      if (params === null) return (spec.notFound ?? notFoundJson)();
      const user = !spec.permission ? null : spec.permission === "signed-in" ? await requireUser() : await requirePermission(spec.permission);
      const rawQuery = Object.fromEntries(new URL(request.url).searchParams);
      const query = spec.query ? spec.query.parse(rawQuery) : rawQuery;
      const body = spec.body ? spec.body.parse(await readJson(request)) : undefined;
      return await spec.handler(request, { params, user, query: query as z.infer<Q>, body: body as z.infer<B> });
    } catch (e) {
      const f = toFailure(e);
      if (f) return failureResponse(f);
      console.error(`[route] ${request.method} ${safeLogPath(request.url)}:`, e);
      return failureResponse({ status: 500, code: "server_error", message: MESSAGES.server });
    }
  };
}

/** A URL for the log: no control characters (a CRLF in a URL must not forge log lines). */
export function safeLogPath(url: string): string {
  return url.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`).slice(0, 2000);
}
