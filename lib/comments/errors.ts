// Stable error codes for comment route handlers and forms, with the Arabic message a
// reader sees. The no-JS form shows the message for a code carried in its redirect URL.

export const COMMENT_ERRORS = {
  invalid_json: { status: 400, message: "تعذّرت قراءة الطلب." },
  invalid_input: { status: 422, message: "راجع الحقول المشار إليها." },
  malformed_text: { status: 400, message: "الطلب يحوي نصاً غير صالح (رموز يونيكود مبتورة)." },
  invalid_cursor: { status: 400, message: "رابط الصفحة غير صالح." },
  payload_too_large: { status: 413, message: "الطلب أكبر من المسموح." },
  unsupported_media_type: { status: 415, message: "نوع المحتوى غير مدعوم." },
  forbidden_origin: { status: 403, message: "رُفض الطلب لأنه أُرسل من موقع آخر." },
  article_not_found: { status: 404, message: "المادة غير موجودة." },
  comment_not_found: { status: 404, message: "التعليق غير موجود." },
  parent_not_found: { status: 422, message: "التعليق الذي ترد عليه غير موجود." },
  comments_closed: { status: 403, message: "التعليقات مغلقة على هذه المادة." },
  blocked: { status: 403, message: "عذراً، لا يمكنك التعليق حالياً. شكراً لتفهمك." },
  rate_limited: { status: 429, message: "أرسلت تعليقات كثيرة في وقت قصير. حاول مرة أخرى بعد قليل." },
  duplicate: { status: 409, message: "سبق أن أرسلت هذا التعليق نفسه." },
  banned_words: { status: 422, message: "لا يمكن نشر التعليق لأنه يحتوي كلمات غير مسموح بها. عدّل النص وأعد المحاولة." },
  already_reported: { status: 409, message: "سبق أن أبلغت عن هذا التعليق. شكراً لك." },
} as const;

export type CommentErrorCode = keyof typeof COMMENT_ERRORS;

export type CommentError = { code: CommentErrorCode; message: string; fields: Record<string, string>; retryAfter?: number };

export function commentError(code: CommentErrorCode, fields: Record<string, string> = {}, retryAfter?: number): CommentError {
  return { code, message: COMMENT_ERRORS[code].message, fields, ...(retryAfter ? { retryAfter } : {}) };
}

export function isCommentErrorCode(v: unknown): v is CommentErrorCode {
  return typeof v === "string" && Object.hasOwn(COMMENT_ERRORS, v);
}

export const RESULT_MESSAGES = {
  pending: "شكراً لك. سيظهر تعليقك بعد مراجعته.",
  approved: "شكراً لك. نُشر تعليقك.",
  reported: "شكراً لك. وصل بلاغك وسيراجعه المشرفون.",
} as const;
