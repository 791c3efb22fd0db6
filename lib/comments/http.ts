import "server-only";
import { deepWellFormed } from "@/lib/validation/unicode";
import { COMMENT_ERRORS, commentError, type CommentError, type CommentErrorCode } from "./errors";

// Request plumbing shared by the public comment route handlers: same-origin checks, a
// size-capped body reader for JSON and form-encoded bodies, and JSON error answers.

export const MAX_BODY_BYTES = 16 * 1024;

export function errorResponse(error: CommentError): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (error.retryAfter) headers["Retry-After"] = String(error.retryAfter);
  return Response.json({ code: error.code, message: error.message, fields: error.fields }, { status: COMMENT_ERRORS[error.code].status, headers });
}

export const fail = (code: CommentErrorCode, fields: Record<string, string> = {}) => errorResponse(commentError(code, fields));

export { sameOrigin } from "@/lib/http/origin";

/** A form post from a browser without JavaScript: answer with a redirect, not JSON. */
export function wantsRedirect(request: Request, kind: "json" | "form"): boolean {
  return kind === "form" && (request.headers.get("accept") ?? "").includes("text/html");
}

type Parsed = { ok: true; kind: "json" | "form"; data: Record<string, unknown> } | { ok: false; response: Response };

async function readCapped(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

/** JSON object or application/x-www-form-urlencoded body, at most 16 KiB. */
export async function readBody(request: Request): Promise<Parsed> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const kind = type === "application/json" ? "json" : type === "application/x-www-form-urlencoded" ? "form" : null;
  if (!kind) return { ok: false, response: fail("unsupported_media_type") };
  let text: string | null;
  try {
    text = await readCapped(request);
  } catch {
    return { ok: false, response: fail("invalid_json") };
  }
  if (text === null) return { ok: false, response: fail("payload_too_large") };
  if (kind === "form") {
    const data: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(text)) if (!(k in data)) data[k] = v;
    if (!deepWellFormed(data)) return { ok: false, response: fail("malformed_text") };
    return { ok: true, kind, data };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: fail("invalid_json") };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, response: fail("invalid_input", { form: "يجب أن يكون الطلب كائن JSON." }) };
  }
  // JSON escapes can spell a lone surrogate ("\ud800"), which no database can store.
  if (!deepWellFormed(value)) return { ok: false, response: fail("malformed_text") };
  return { ok: true, kind, data: value as Record<string, unknown> };
}
