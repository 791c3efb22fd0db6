import "server-only";
import { siteUrl } from "@/lib/http/site-url";
import { safeNext } from "./schema";

/**
 * One step of a sign-in (/api/login, /api/login/code): the body as the enhanced form sends it
 * (JSON) or as a plain form without JavaScript sends it, and answers in the same two forms —
 * JSON for the script; for the plain form a redirect (failures back to `back`), except 429,
 * which is an Arabic text with Retry-After.
 */
export async function readSignInStep(req: Request) {
  const isJson = req.headers.get("content-type")?.includes("application/json") ?? false;
  const raw = (isJson ? await req.json().catch(() => ({})) : Object.fromEntries(await req.formData().catch(() => new FormData()))) as Record<string, unknown> | null;
  const next = safeNext(typeof raw?.next === "string" ? raw.next : null);
  const redirect = (path: string, headers: Record<string, string> = {}) => new Response(null, { status: 303, headers: { location: siteUrl(path).toString(), ...headers } });
  const fail = (status: number, code: string, message: string, back: string, headers: Record<string, string> = {}) => {
    if (isJson) return Response.json({ ok: false, code, message }, { status, headers });
    if (status === 429) return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
    return redirect(back, headers);
  };
  /** JSON `body` for the script; a redirect to `path` for the plain form. */
  const answer = (body: Record<string, unknown>, path: string, headers: Record<string, string> = {}) => (isJson ? Response.json(body, { headers }) : redirect(path, headers));
  return { raw, next, fail, answer };
}
