import crypto from "node:crypto";
import type { Browser, BrowserContext } from "@playwright/test";
import { expect, test } from "./support/test";
import { createUser, SESSION_COOKIE, sessionToken, type TestUser } from "./support/auth";
import { uniq } from "./support/articles";
import { E2E_PORT } from "./support/env";
import { OwnServer } from "./support/own-server";
import { SmtpCapture } from "../lib/testing/smtp-capture";

// The same account flows with SMTP_URL set (issue 13, decision 130): a server of the test's
// own sends through a real SMTP server started here (smtp-server), and the messages are read
// as a mail client would read them.

const RESET_SENT = "إن كان هذا البريد لحساب في غرفة الأخبار فقد أرسلنا إليه رابطاً لاختيار كلمة مرور جديدة، صالحاً لساعة واحدة.";

let smtp: SmtpCapture;
let server: OwnServer;
let admin: TestUser;
let adminToken: string;
let editor: TestUser;
let writer: TestUser;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  smtp = await new SmtpCapture().start();
  // Accounts and the admin's session exist before the copy the server starts on.
  admin = await createUser("admin", { name: "مدير البريد" });
  adminToken = await sessionToken(admin);
  editor = await createUser("editor", { password: "my-old-passphrase-5" });
  writer = await createUser("writer", { password: "my-old-passphrase-6" });
  server = new OwnServer(E2E_PORT + 7, { SMTP_URL: smtp.url });
  await server.copyDatabase();
  await server.start();
});

test.afterAll(async () => {
  await server?.stopAndWait();
  await smtp?.stop();
});

async function client(browser: Browser, signedInAsAdmin = false): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server.base,
    locale: "ar-IQ",
    timezoneId: "Asia/Baghdad",
    extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${crypto.randomInt(1, 254)}` },
  });
  if (signedInAsAdmin) await context.addCookies([{ name: SESSION_COOKIE, value: adminToken, url: server.base, httpOnly: true, sameSite: "Lax" }]);
  return context;
}

function linkIn(text: string, path: "invite" | "reset"): string {
  const m = text.match(new RegExp(`${server.base.replace(/[.:/]/g, "\\$&")}/${path}/[A-Za-z0-9_-]+`));
  expect(m, `a /${path}/ link on SITE_URL in:\n${text}`).not.toBeNull();
  return m![0];
}

test("an invitation arrives by SMTP as an Arabic right-to-left message with a working link; the outbox shows it sent", async ({ browser }) => {
  const email = `smtp-invite-${uniq()}@e2e.midad.local`;
  const name = `صحفية بالبريد ${uniq()}`;
  const adminCtx = await client(browser, true);
  const page = await adminCtx.newPage();
  await page.goto("/admin/staff");
  const form = page.getByRole("form", { name: "دعوة موظف" });
  await form.getByLabel("الاسم").fill(name);
  await form.getByLabel("البريد الإلكتروني").fill(email);
  await form.getByLabel("الدور").selectOption({ label: "كاتب" });
  await form.getByRole("button", { name: "إرسال الدعوة" }).click();
  await expect(form.getByRole("status")).toContainText(email);

  const mail = await smtp.waitFor(email);
  expect(mail.subject).toContain("دعوة للانضمام إلى غرفة أخبار");
  expect(mail.html).toContain('dir="rtl"');
  expect(mail.text).toContain(`مرحباً ${name}`);
  expect(mail.from?.value[0]?.address).toBe("no-reply@127.0.0.1");
  const link = linkIn(mail.text ?? "", "invite");
  expect(mail.html).toContain(link);

  await page.goto("/admin/outbox");
  await expect(page.getByText("تُرسل الرسائل عبر خادم البريد المضبوط")).toBeVisible();
  await expect(page.locator(".outbox-item", { hasText: email }).locator(".outbox-status")).toHaveText("أُرسلت");

  const invitee = await client(browser);
  const tab = await invitee.newPage();
  await tab.goto(link);
  await tab.getByLabel("كلمة المرور الجديدة").fill("letters from the newsroom");
  await tab.getByLabel("تأكيد كلمة المرور").fill("letters from the newsroom");
  await tab.getByRole("button", { name: "تفعيل الحساب" }).click();
  await expect(tab).toHaveURL(/\/login\?done=invite$/);
  await tab.getByLabel("البريد الإلكتروني").fill(email);
  await tab.getByLabel("كلمة المرور").fill("letters from the newsroom");
  await tab.getByRole("button", { name: "دخول" }).click();
  await expect(tab).toHaveURL(/\/admin$/);
  await expect(tab.getByText(`مرحباً ${name}`)).toBeVisible();
  await invitee.close();
  await adminCtx.close();
});

test("a reset by SMTP: only a real account gets mail; the link ends the old session and is refused a second time", async ({ browser }) => {
  const device = await client(browser);
  const other = await device.newPage();
  await other.goto("/login");
  await other.getByLabel("البريد الإلكتروني").fill(editor.email);
  await other.getByLabel("كلمة المرور").fill("my-old-passphrase-5");
  await other.getByRole("button", { name: "دخول" }).click();
  await expect(other).toHaveURL(/\/admin$/);

  const owner = await client(browser);
  const tab = await owner.newPage();
  const unknown = `smtp-nobody-${uniq()}@e2e.midad.local`;
  for (const address of [editor.email, unknown]) {
    await tab.goto("/forgot");
    await tab.getByLabel("البريد الإلكتروني").fill(address);
    await tab.getByRole("button", { name: "أرسل رابط إعادة التعيين" }).click();
    await expect(tab.getByRole("status")).toHaveText(RESET_SENT);
  }
  const mail = await smtp.waitFor(editor.email);
  expect(mail.subject).toContain("إعادة تعيين كلمة المرور");
  const link = linkIn(mail.text ?? "", "reset");

  await tab.goto(link);
  await tab.getByLabel("كلمة المرور الجديدة").fill("a reset that came by mail");
  await tab.getByLabel("تأكيد كلمة المرور").fill("a reset that came by mail");
  await tab.getByRole("button", { name: "حفظ كلمة المرور" }).click();
  await expect(tab).toHaveURL(/\/login\?done=reset$/);

  await other.goto("/admin");
  await expect(other).toHaveURL(/\/login/);
  await tab.goto(link);
  await expect(tab.getByText("الرابط غير صالح أو منتهي الصلاحية أو استُخدم من قبل. اطلب رابطاً جديداً.")).toBeVisible();
  // The owner is told, by mail, that the password changed; the unknown address got nothing.
  const notice = await smtp.waitFor(editor.email, 2);
  expect(notice.subject).toContain("تغيّرت كلمة مرور حسابك");
  expect(smtp.to(unknown)).toHaveLength(0);
  await device.close();
  await owner.close();
});

test("a message the mail server refuses waits in the outbox with its error, and an admin sends it again", async ({ browser }) => {
  smtp.refuse = "4.2.1 mailbox busy, try later";
  const visitor = await client(browser);
  const tab = await visitor.newPage();
  await tab.goto("/forgot");
  await tab.getByLabel("البريد الإلكتروني").fill(writer.email);
  await tab.getByRole("button", { name: "أرسل رابط إعادة التعيين" }).click();
  // The request is answered at once, whatever the mail server does.
  await expect(tab.getByRole("status")).toHaveText(RESET_SENT);

  const adminCtx = await client(browser, true);
  const page = await adminCtx.newPage();
  const item = page.locator(".outbox-item", { hasText: writer.email });
  await expect(async () => {
    await page.goto("/admin/outbox");
    await item.locator("summary").click();
    await expect(item.locator(".outbox-error")).toContainText("mailbox busy", { timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await expect(item.locator(".outbox-status")).toHaveText("بانتظار الإرسال");
  expect(smtp.to(writer.email)).toHaveLength(0);

  smtp.refuse = null;
  await item.getByRole("button", { name: "أعد الإرسال الآن" }).click();
  const mail = await smtp.waitFor(writer.email);
  expect(mail.subject).toContain("إعادة تعيين كلمة المرور");
  await page.reload();
  await expect(page.locator(".outbox-item", { hasText: writer.email }).locator(".outbox-status")).toHaveText("أُرسلت");
  await visitor.close();
  await adminCtx.close();
});
