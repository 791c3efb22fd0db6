import type { Role } from "../../lib/generated/prisma/enums";

/** Demo staff for local use only; listed in README. Never created in production unless forced. */
export const DEMO_STAFF: { email: string; name: string; role: Role; password: string; authorSlug?: string }[] = [
  { email: "admin@midad.local", name: "مدير الموقع", role: "admin", password: "midad-admin-2026" },
  { email: "editor@midad.local", name: "رئيس التحرير", role: "editor", password: "midad-editor-2026" },
  { email: "writer@midad.local", name: "تميم الحسن", role: "writer", password: "midad-writer-2026", authorSlug: "tamim-al-hassan" },
  { email: "moderator@midad.local", name: "مشرف التعليقات", role: "moderator", password: "midad-moderator-2026" },
];
