import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditAction =
  | "auth.signin"
  | "auth.password_change"
  | "auth.password_reset_request"
  | "auth.password_reset"
  | "auth.two_factor_enable"
  | "auth.two_factor_disable"
  | "auth.two_factor_reset"
  | "auth.two_factor_failed"
  | "auth.recovery_code_used"
  | "auth.recovery_codes"
  | "auth.session_end"
  | "auth.sessions_end_others"
  | "staff.invite"
  | "staff.invite_resend"
  | "staff.invite_revoke"
  | "staff.invite_accept"
  | "mail.retry"
  | "article.publish"
  | "article.unpublish"
  | "article.unschedule"
  | "article.schedule"
  | "article.publish_scheduled"
  | "article.archive"
  | "article.submit"
  | "article.restore"
  | "staff.create"
  | "staff.role"
  | "staff.deactivate"
  | "staff.activate"
  | "staff.sessions_end"
  | "settings.update"
  | "comment.approve"
  | "comment.reject"
  | "comment.spam"
  | "comment.block"
  | "comment.settings";

type Tx = Prisma.TransactionClient | typeof db;

/** Who did what to which item. Written in the same transaction as the change when there is one. */
export async function audit(
  entry: { actorId: string | null; action: AuditAction; entityType: string; entityId?: string | number | null; detail?: unknown },
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
