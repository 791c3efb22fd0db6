import type { Role } from "@/lib/generated/prisma/enums";

// Permissions as typed code: one list of actions and one role → permission table.
// "own" means only on things the user owns (their pieces); "any" on everything.
// UI checks only hide buttons; every server action and route handler calls
// requirePermission() (lib/auth/guard.ts) with the same names.

export const PERMISSIONS = [
  "dashboard:view",
  "article:create",
  "article:edit",
  "article:submit",
  "article:preview",
  "article:revisions",
  "article:publish",
  "article:schedule",
  "article:unpublish",
  "article:archive",
  "media:upload", // upload, and browse the library to choose a picture
  "media:manage", // fix a library image's alt, caption, credit and focal point; delete unused ones
  "taxonomy:manage", // sections, tags, supplements, authors
  "comment:moderate",
  "comment:settings",
  "staff:manage",
  "settings:manage",
  "audit:view",
  "mail:outbox", // read the local outbox and retry failed mail (admins: it holds sign-in links)
  "apikey:manage", // content API keys (decision 175): create, list, revoke; read the API reference
  "webhook:manage", // webhook endpoints (decision 179): register, edit, pause, rotate, delete; deliveries, re-send
  "live:manage", // live coverage of a published piece (decision 192): start, updates, end
  "correction:manage", // correction notes on published pieces: add, edit (history kept), withdraw (decision 195)
  "stats:view", // /admin/stats: reads per piece, section and author (decision 197)
  "front:arrange", // the home page's arrangement (decision 180): draft, preview, publish, schedule, restore
] as const;

export type Permission = (typeof PERMISSIONS)[number];
export type Scope = "own" | "any";

const ALL_ANY = Object.fromEntries(PERMISSIONS.map((p) => [p, "any"])) as Record<Permission, Scope>;

export const ROLE_PERMISSIONS: Record<Role, Partial<Record<Permission, Scope>>> = {
  writer: {
    "dashboard:view": "any",
    "article:create": "any",
    "article:edit": "own",
    "article:submit": "own",
    "article:preview": "own",
    "article:revisions": "own",
    "media:upload": "any",
  },
  editor: {
    "dashboard:view": "any",
    "article:create": "any",
    "article:edit": "any",
    "article:submit": "any",
    "article:preview": "any",
    "article:revisions": "any",
    "article:publish": "any",
    "article:schedule": "any",
    "article:unpublish": "any",
    "article:archive": "any",
    "media:upload": "any",
    "media:manage": "any",
    "taxonomy:manage": "any",
    "comment:moderate": "any",
    "comment:settings": "any",
    "live:manage": "any",
    "correction:manage": "any",
    "stats:view": "any",
    "front:arrange": "any",
  },
  moderator: {
    "dashboard:view": "any",
    "comment:moderate": "any",
    "comment:settings": "any",
  },
  admin: ALL_ANY,
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: "مدير",
  editor: "محرر",
  writer: "كاتب",
  moderator: "مشرف",
};

/**
 * May this role do this? With an owner id, "own" scope requires the user to be the owner;
 * an undefined owner never matches (scoping must never silently widen).
 */
export function can(user: { id: string; role: Role }, permission: Permission, owner?: { ownerId: string | null | undefined }): boolean {
  const scope = ROLE_PERMISSIONS[user.role]?.[permission];
  if (!scope) return false;
  if (scope === "any") return true;
  if (!owner) return true; // the caller will scope the query to the user's own rows
  return owner.ownerId != null && owner.ownerId === user.id;
}
