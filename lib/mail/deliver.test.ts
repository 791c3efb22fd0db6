import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { SmtpCapture } from "@/lib/testing/smtp-capture";

// Outgoing mail against a real SMTP server (smtp-server, started here): the queue sends in the
// background, a refusal is retried later with its error kept, and the message is Arabic RTL
// with a plain-text part and links on SITE_URL.

const tmp = createTempDatabase();
const smtp = new SmtpCapture();
let mail: {
  enqueueMail: typeof import("./queue").enqueueMail;
  deliverDue: typeof import("./deliver").deliverDue;
  passwordResetMail: typeof import("./messages").passwordResetMail;
};
const row = (id: number) => tmp.raw.prepare(`SELECT status, attempts, lastError, nextAttemptAt, sentAt FROM MailMessage WHERE id = ?`).get(id) as Record<string, unknown>;

beforeAll(async () => {
  await smtp.start();
  process.env.SMTP_URL = smtp.url;
  process.env.SITE_URL = "https://news.example.iq";
  tmp.raw.prepare(`INSERT INTO SiteSetting (key, value, updatedAt) VALUES ('mailFrom', '"desk@example.iq"', ?)`).run(new Date().toISOString());
  const [q, d, m] = await Promise.all([import("./queue"), import("./deliver"), import("./messages")]);
  mail = { enqueueMail: q.enqueueMail, deliverDue: d.deliverDue, passwordResetMail: m.passwordResetMail };
});
afterAll(async () => {
  await smtp.stop();
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("outgoing mail through SMTP", () => {
  it("sends a queued message in the background: Arabic, right to left, text and HTML, link on SITE_URL", async () => {
    const id = await mail.enqueueMail("reader@example.iq", "password_reset", mail.passwordResetMail({ siteName: "المدى", name: "سارة", token: "t".repeat(43), minutes: 60 }));
    const m = await smtp.waitFor("reader@example.iq");
    expect(m.subject).toBe("إعادة تعيين كلمة المرور في المدى");
    expect(m.from?.value[0]).toEqual({ address: "desk@example.iq", name: "المدى" });
    expect(m.html).toContain('dir="rtl"');
    expect(m.html).toContain('lang="ar"');
    expect(m.text).toContain("مرحباً سارة،");
    expect(m.text).toContain(`https://news.example.iq/reset/${"t".repeat(43)}`);
    expect(m.html).toContain(`https://news.example.iq/reset/${"t".repeat(43)}`);
    for (let i = 0; i < 50 && row(id).status !== "sent"; i++) await new Promise((r) => setTimeout(r, 50));
    expect(row(id)).toMatchObject({ status: "sent", attempts: 1, lastError: null });
  });

  it("a refused message waits with its error and is sent on a later try; it is never sent twice", async () => {
    smtp.refuse = "mailbox busy, try later";
    const id = await mail.enqueueMail("busy@example.iq", "invitation", mail.passwordResetMail({ siteName: "المدى", name: "علي", token: "u".repeat(43), minutes: 60 }));
    for (let i = 0; i < 100 && row(id).attempts === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const failed = row(id);
    expect(failed.status).toBe("queued");
    expect(failed.attempts).toBe(1);
    expect(String(failed.lastError)).toContain("mailbox busy");
    expect(smtp.to("busy@example.iq")).toHaveLength(0);
    // Not due yet: a tick now sends nothing.
    expect(await mail.deliverDue(new Date())).toBe(0);
    smtp.refuse = null;
    // Two ticks at once after the backoff: exactly one sends it.
    const later = new Date(Date.now() + 2 * 60_000);
    const sent = await Promise.all([mail.deliverDue(later), mail.deliverDue(later)]);
    expect(sent[0]! + sent[1]!).toBe(1);
    await smtp.waitFor("busy@example.iq");
    expect(smtp.to("busy@example.iq")).toHaveLength(1);
    expect(row(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });
});
