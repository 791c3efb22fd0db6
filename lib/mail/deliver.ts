import "server-only";
import { db } from "@/lib/db";
import { getSiteSettingsUncached } from "@/lib/settings/queries";
import { MAX_ATTEMPTS, retryDelayMs, SENDING_LEASE_MS } from "./backoff";
import { senderAddress } from "./sender";
import { smtpTransport } from "./transport";

const BATCH = 20;

/**
 * Send what is due: queued messages whose time has come, and "sending" ones whose lease ran
 * out (the process that claimed them died). Each message is claimed with one conditional
 * UPDATE, so two ticks (or two instances) never send it twice. Returns how many were sent.
 */
export async function deliverDue(now = new Date()): Promise<number> {
  const transport = smtpTransport();
  if (!transport) return 0;
  const due = await db.mailMessage.findMany({
    where: { status: { in: ["queued", "sending"] }, nextAttemptAt: { lte: now } },
    orderBy: { id: "asc" },
    take: BATCH,
    select: { id: true, status: true, nextAttemptAt: true },
  });
  if (due.length === 0) return 0;
  const settings = await getSiteSettingsUncached();
  const from = senderAddress(settings);
  let sent = 0;
  for (const m of due) {
    const claimed = await db.mailMessage.updateMany({
      where: { id: m.id, status: m.status, nextAttemptAt: m.nextAttemptAt },
      data: { status: "sending", nextAttemptAt: new Date(now.getTime() + SENDING_LEASE_MS) },
    });
    if (claimed.count !== 1) continue;
    const row = await db.mailMessage.findUnique({ where: { id: m.id } });
    if (!row) continue;
    try {
      await transport.sendMail({ from, to: row.to, subject: row.subject, text: row.text, html: row.html, headers: { "Content-Language": "ar" } });
      await db.mailMessage.update({ where: { id: row.id }, data: { status: "sent", sentAt: new Date(), attempts: row.attempts + 1, lastError: null } });
      sent++;
    } catch (e) {
      const attempts = row.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      await db.mailMessage.update({
        where: { id: row.id },
        data: {
          status: failed ? "failed" : "queued",
          attempts,
          lastError: String((e as Error)?.message ?? e).slice(0, 500),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
        },
      });
    }
  }
  return sent;
}
