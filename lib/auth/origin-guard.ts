import "server-only";
import { siteOrigin } from "@/lib/http/site-url";
import { CROSS_SITE_MESSAGE, isAllowedOrigin } from "./same-origin";

/** A 403 with an Arabic message when a sign-in or sign-out POST came from another site; else null. */
export function refuseCrossSite(req: Request): Response | null {
  if (isAllowedOrigin(req.headers, siteOrigin())) return null;
  const json = req.headers.get("content-type")?.includes("application/json") || req.headers.get("accept")?.includes("application/json");
  return json
    ? Response.json({ ok: false, code: "cross_site", message: CROSS_SITE_MESSAGE }, { status: 403 })
    : new Response(CROSS_SITE_MESSAGE, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
}
