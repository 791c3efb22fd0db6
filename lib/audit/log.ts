import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./kinds";

export type { AuditAction } from "./kinds";

type Tx = Prisma.TransactionClient | typeof db;

/** What an event is about: its page in the dashboard comes from the type and id (lib/audit/sentence.ts). */
export type AuditEntityType = "article" | "comment" | "user" | "invitation" | "mail" | "settings" | "section" | "tag" | "supplement" | "author" | "media" | "apikey" | "webhook" | "front";

/**
 * Who did what to which item. Written in the same transaction as the change when there is one.
 * `detail` keeps what the sentence needs once the object is gone (a title, a name) and what
 * changed; it is read only by lib/audit/sentence.ts, never shown raw.
 */
export async function audit(
  entry: { actorId: string | null; action: AuditAction; entityType: AuditEntityType; entityId?: string | number | null; detail?: unknown },
  tx: Tx = db,
) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      detail: entry.detail == null ? null : typeof entry.detail === "string" ? entry.detail : JSON.stringify(entry.detail),
    },
  });
}
