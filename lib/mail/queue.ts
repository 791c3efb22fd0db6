import "server-only";
import { db } from "@/lib/db";
import { deliverDue } from "./deliver";
import type { RenderedMail } from "./render";
import { smtpConfigured } from "./transport";

export type MailKind = "invitation" | "password_reset" | "password_changed";

/**
 * Queue a message (decision 130). The row is written in the request; sending happens after it,
 * in the background and on the scheduler's tick, so a slow or broken mail server never delays
 * or fails the request. Without SMTP_URL the message goes straight to the local outbox.
 */
export async function enqueueMail(to: string, kind: MailKind, mail: RenderedMail): Promise<number> {
  const smtp = smtpConfigured();
  const row = await db.mailMessage.create({
    data: { kind, to, subject: mail.subject, text: mail.text, html: mail.html, status: smtp ? "queued" : "outbox" },
    select: { id: true },
  });
  if (smtp) kickDelivery();
  return row.id;
}

/** Try the queue now without waiting for it (errors end up on the rows, never in the request). */
export function kickDelivery(): void {
  setImmediate(() => {
    deliverDue().catch((e) => console.error("[mail]", (e as Error).message));
  });
}
