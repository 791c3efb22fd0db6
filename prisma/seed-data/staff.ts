import type { Role } from "../../lib/generated/prisma/enums";

/** The first administrator made on an empty database (random password, decision 083). */
export const INITIAL_ADMIN = { email: "admin@midad.local", name: "مدير الموقع", role: "admin" as Role };

/** Demo staff for local trials, only with `npm start -- --demo-staff` (random passwords). */
export const DEMO_STAFF: { email: string; name: string; role: Role; authorSlug?: string }[] = [
  { email: "editor@midad.local", name: "رئيس التحرير", role: "editor" },
  { email: "writer@midad.local", name: "تميم الحسن", role: "writer", authorSlug: "tamim-al-hassan" },
  { email: "moderator@midad.local", name: "مشرف التعليقات", role: "moderator" },
];

/**
 * Passwords an earlier version of the seed gave the demo accounts and printed in README.
 * Kept only to find databases that still accept them: such an account gets a new random
 * password at start (prisma/seed-data/first-run.ts). Never used to sign anyone in.
 */
export const RETIRED_DEMO_PASSWORDS: Record<string, string> = {
  "admin@midad.local": "midad-admin-2026",
  "editor@midad.local": "midad-editor-2026",
  "writer@midad.local": "midad-writer-2026",
  "moderator@midad.local": "midad-moderator-2026",
};
