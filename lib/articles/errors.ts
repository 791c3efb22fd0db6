import { formatArabicDateTime } from "@/lib/dates/format";

/** Another save happened since this editor loaded the piece. */
export class ConflictError extends Error {
  constructor(
    public savedBy: string | null,
    public savedAt: Date,
  ) {
    super(
      `لم يُحفظ: حفظ ${savedBy ?? "مستخدم آخر"} هذا المقال في ${formatArabicDateTime(savedAt)} بعد أن فتحته. نصك ما زال في المحرر وفي هذا المتصفح: قارنه بأحدث نسخة، ثم اختر.`,
    );
  }
}

/** A workflow step that does not apply to the piece's current state. */
export class StateError extends Error {}

export class NotFoundError extends Error {
  constructor() {
    super("المقال غير موجود.");
  }
}
