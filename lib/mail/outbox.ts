import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "@/lib/auth/guard";
import { StateError } from "@/lib/articles/errors";
import { kickDelivery } from "./queue";
import { smtpConfigured } from "./transport";

export const OUTBOX_PAGE = 50;

/** The latest messages, newest first, for /admin/outbox. */
export async function listOutbox(page = 1) {
  const [rows, total] = await Promise.all([
    db.mailMessage.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * OUTBOX_PAGE,
      take: OUTBOX_PAGE,
      select: { id: true, kind: true, to: true, subject: true, text: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, sentAt: true, createdAt: true },
    }),
    db.mailMessage.count(),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE)) };
}

/**
 * An admin sends a failed (or waiting) message again now. With no mail server configured any
 * more (SMTP_URL removed), the message moves to the local outbox instead, to be read there.
 */
export async function retryMail(actor: CurrentUser, id: number): Promise<"queued" | "outbox"> {
  const smtp = smtpConfigured();
  const r = await db.mailMessage.updateMany({
    where: { id, status: { in: ["failed", "queued"] } },
    data: smtp ? { status: "queued", attempts: 0, nextAttemptAt: new Date() } : { status: "outbox" },
  });
  if (r.count === 0) throw new StateError("هذه الرسالة لا تنتظر إعادة الإرسال.");
  await audit({ actorId: actor.id, action: "mail.retry", entityType: "mail", entityId: id, detail: { to: smtp ? "queue" : "outbox" } });
  if (smtp) kickDelivery();
  return smtp ? "queued" : "outbox";
}
