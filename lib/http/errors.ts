import { ZodError } from "zod";
import { ConflictError, NotFoundError, StateError } from "@/lib/articles/errors";
import { AuthError } from "@/lib/auth/guard";
import { DuplicateError } from "@/lib/taxonomy/mutations";

// The one place where a refusal becomes a status, a stable code and an Arabic message
// (decision 094). Server actions (lib/http/action.ts) turn it into an ActionState, route
// handlers (lib/http/route.ts) into a JSON body. Anything not listed here is a bug and
// stays an error (logged; a route answers a generic Arabic 500).

export type FailureCode =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "forbidden_origin"
  | "not_found"
  | "bad_reference"
  | "duplicate"
  | "conflict"
  | "state"
  | "too_large"
  | "rate_limited"
  | "unsupported_media_type"
  | "unsupported"
  | "too_many_pixels"
  | "server_error";

export type Failure = { status: number; code: FailureCode; message: string; errors?: Record<string, string> };

/** A refusal a handler throws on purpose (e.g. a foreign Origin, an unknown id). */
export class HttpError extends Error {
  constructor(
    public status: number,
    public code: FailureCode,
    message: string,
    public errors?: Record<string, string>,
  ) {
    super(message);
  }
}

export const MESSAGES = {
  invalid: "راجع الحقول المعلّمة.",
  forbiddenOrigin: "رُفض الطلب لأنه أُرسل من موقع آخر.",
  notFound: "العنصر المطلوب غير موجود، ربما حُذف.",
  badReference: "يشير الطلب إلى عنصر غير موجود (قسم أو ملحق أو صورة أو كاتب). أعد تحميل الصفحة واختر من جديد.",
  duplicate: "هذه القيمة مستخدمة من قبل.",
  server: "عذراً، حدث خطأ في الخادم. حاول مرة أخرى بعد قليل.",
} as const;

/** zod issues as one Arabic message per field (nested article fields by their own name). */
export function zodFieldErrors(error: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const key = String(i.path.length === 0 ? "form" : i.path[0] === "article" && i.path.length > 1 ? i.path[1] : i.path[0]);
    out[key] ??= i.message;
  }
  return out;
}

const prismaCode = (e: unknown): string | null => {
  if (typeof e !== "object" || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : null;
};

/** The failure this error stands for, or null when it is a real (unexpected) error. */
export function toFailure(e: unknown): Failure | null {
  if (e instanceof HttpError) return { status: e.status, code: e.code, message: e.message, errors: e.errors };
  if (e instanceof ZodError) return { status: 400, code: "invalid", message: e.issues[0]?.message ?? MESSAGES.invalid, errors: zodFieldErrors(e) };
  if (e instanceof AuthError) return { status: e.status, code: e.status === 401 ? "unauthorized" : "forbidden", message: e.message };
  if (e instanceof ConflictError) return { status: 409, code: "conflict", message: e.message };
  if (e instanceof NotFoundError) return { status: 404, code: "not_found", message: e.message };
  if (e instanceof StateError) return { status: 409, code: "state", message: e.message };
  if (e instanceof DuplicateError) return { status: 409, code: "duplicate", message: e.message, errors: { [e.field]: e.message } };
  switch (prismaCode(e)) {
    case "P2025": // a row to update/delete/connect is gone
    case "P2001":
    case "P2015":
    case "P2018":
      return { status: 404, code: "not_found", message: MESSAGES.notFound };
    case "P2003": // a foreign key names a row that does not exist
      return { status: 400, code: "bad_reference", message: MESSAGES.badReference };
    case "P2002": // unique constraint: someone saved the same value first
      return { status: 409, code: "duplicate", message: MESSAGES.duplicate };
  }
  // Domain errors that carry field messages (e.g. publish checks).
  if (e instanceof Error && "errors" in e && typeof e.errors === "object" && e.errors !== null) {
    return { status: 400, code: "invalid", message: e.message || MESSAGES.invalid, errors: e.errors as Record<string, string> };
  }
  return null;
}
