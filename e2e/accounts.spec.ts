import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createUser, loginAs } from "./support/auth";
import { uniq } from "./support/articles";
import { count, sqlDate, testDb } from "./support/db";
import { E2E_BASE_URL } from "./support/env";

// Invitations and password resets (issue 13, decisions 130-131), with no SMTP_URL: every
// message lands in the local outbox (/admin/outbox), where an admin reads the link.

const LINK_INVALID = "الرابط غير صالح أو منتهي الصلاحية أو استُخدم من قبل. اطلب رابطاً جديداً.";
const INVITE_INVALID = "الدعوة غير صالحة أو منتهية الصلاحية أو استُخدمت من قبل. اطلب من مدير غرفة الأخبار إرسال دعوة جديدة.";
const RESET_SENT = "إن كان هذا البريد لحساب في غرفة الأخبار فقد أرسلنا إليه رابطاً لاختيار كلمة مرور جديدة، صالحاً لساعة واحدة.";
const COMMON_PASSWORD = "كلمة المرور هذه شائعة ومن أول ما يجرّبه المهاجمون. اختر عبارة أطول لا يسهل تخمينها.";
const SIGN_IN_FAILED = "البريد الإلكتروني أو كلمة المرور غير صحيحة.";

/**
 * «نسيت كلمة المرور؟» is limited per client: each browser speaks from an address of its own, in
 * a documentation IPv6 range no other spec uses, unique per worker and browser (a random pick
 * from 254 addresses could be drawn twice).
 */
let clients = 0;
function clientAddress(): string {
  return `2001:db8:acc:${process.pid.toString(16)}::${(++clients).toString(16)}`;
}

async function newClient(browser: Browser, opts: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: E2E_BASE_URL,
    locale: "ar-IQ",
    timezoneId: "Asia/Baghdad",
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    extraHTTPHeaders: { "x-forwarded-for": clientAddress() },
  });
}

/** The link in the newest outbox message to this address, as an admin reads it in /admin/outbox. */
async function linkFromOutbox(admin: Page, to: string, path: "invite" | "reset"): Promise<string> {
  await admin.goto("/admin/outbox");
  await expect(admin.getByRole("heading", { name: "البريد الصادر" })).toBeVisible();
  const item = admin.locator(".outbox-item", { hasText: to }).first();
  await expect(item).toContainText("في الصندوق المحلي");
  await item.locator("summary").click();
  const text = await item.locator(".outbox-text").innerText();
  const found = text.match(new RegExp(`${E2E_BASE_URL.replace(/[.:/]/g, "\\$&")}/${path}/[A-Za-z0-9_-]+`));
  expect(found, `a /${path}/ link built on SITE_URL in:\n${text}`).not.toBeNull();
  return found![0];
}

/** The staff page's table row (a pending invitation or an account) naming this address. */
const rowOf = (page: Page, email: string) => page.locator("tr", { hasText: email });

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "دخول" }).click();
}

async function choosePassword(page: Page, password: string, confirm = password) {
  await page.getByLabel("كلمة المرور الجديدة").fill(password);
  await page.getByLabel("تأكيد كلمة المرور").fill(confirm);
}

async function invite(admin: Page, fields: { name: string; email: string; role: string }) {
  await admin.goto("/admin/staff");
  const form = admin.getByRole("form", { name: "دعوة موظف" });
  await form.getByLabel("الاسم").fill(fields.name);
  await form.getByLabel("البريد الإلكتروني").fill(fields.email);
  await form.getByLabel("الدور").selectOption({ label: fields.role });
  await form.getByRole("button", { name: "إرسال الدعوة" }).click();
  await expect(form.getByRole("status")).toHaveText(`أُرسلت الدعوة إلى ${fields.email}. الرابط صالح 72 ساعة.`);
}

test("an admin invites an editor by e-mail; the link from the outbox lets them choose a password once and sign in as editor", async ({ page, browser }) => {
  await loginAs(page, "admin");
  const email = `invited-${uniq()}@e2e.midad.local`;
  const name = `محررة مدعوة ${uniq()}`;
  await invite(page, { name, email, role: "محرر" });
  const pendingRow = rowOf(page, email);
  await expect(pendingRow).toContainText("محرر");
  await expect(pendingRow.getByRole("button", { name: "إلغاء الدعوة" })).toBeVisible();

  const link = await linkFromOutbox(page, email, "invite");
  const mailItem = page.locator(".outbox-item", { hasText: email }).first();
  await expect(mailItem).toContainText("دعوة");
  await expect(mailItem.locator(".outbox-text")).toContainText(`مرحباً ${name}`);

  const invitee = await newClient(browser);
  const tab = await invitee.newPage();
  await tab.goto(link);
  await expect(tab.getByRole("heading", { name: "الانضمام إلى غرفة الأخبار" })).toBeVisible();
  await expect(tab.getByText(`مرحباً ${name}. دُعيت بدور «محرر»`)).toBeVisible();

  // A common password is refused in Arabic, and no account is made.
  await choosePassword(tab, "password123456");
  await tab.getByRole("button", { name: "تفعيل الحساب" }).click();
  await expect(tab.getByText(COMMON_PASSWORD)).toBeVisible();
  await expect(tab).toHaveURL(link);
  expect(count("User", "email = ?", email)).toBe(0);

  // Two different entries are refused too.
  await choosePassword(tab, "a newsroom of my own 2026", "a newsroom of my own 2027");
  await tab.getByRole("button", { name: "تفعيل الحساب" }).click();
  await expect(tab.getByText("كلمتا المرور غير متطابقتين.")).toBeVisible();
  expect(count("User", "email = ?", email)).toBe(0);

  await choosePassword(tab, "a newsroom of my own 2026");
  await tab.getByRole("button", { name: "تفعيل الحساب" }).click();
  await expect(tab).toHaveURL(/\/login\?done=invite$/);
  await expect(tab.getByRole("status")).toHaveText("فُعّل حسابك. سجّل الدخول بكلمة المرور التي اخترتها.");

  await signIn(tab, email, "a newsroom of my own 2026");
  await expect(tab).toHaveURL(/\/admin$/);
  await expect(tab.getByText(`مرحباً ${name}`)).toBeVisible();
  // An editor: the staff page (admins only) is not open to them.
  const staff = await tab.goto("/admin/staff");
  expect(staff?.status()).toBe(404);

  // The link is used up.
  await tab.goto(link);
  await expect(tab.getByText(INVITE_INVALID)).toBeVisible();
  await expect(tab.getByLabel("كلمة المرور الجديدة")).toHaveCount(0);

  // The admin sees the account (one row: in the accounts, no longer among pending invitations).
  await page.goto("/admin/staff");
  const rows = rowOf(page, email);
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole("button", { name: "إلغاء الدعوة" })).toHaveCount(0);
  await expect(rows.getByRole("combobox", { name: "الدور" })).toHaveValue("editor");
  const accepted = testDb().prepare(`SELECT id FROM User WHERE email = ?`).get(email) as { id: string };
  expect(count("AuditLog", "action = 'staff.invite_accept' AND actorId = ?", accepted.id)).toBe(1);
  await invitee.close();
});

test("a revoked invitation's link, and the old link of a resent one, do not work", async ({ page, browser }) => {
  await loginAs(page, "admin");
  const email = `revoked-${uniq()}@e2e.midad.local`;
  await invite(page, { name: `كاتب مدعو ${uniq()}`, email, role: "كاتب" });
  const first = await linkFromOutbox(page, email, "invite");

  await page.goto("/admin/staff");
  const row = rowOf(page, email);
  await row.getByRole("button", { name: "إعادة الإرسال" }).click();
  await expect(row.getByRole("status")).toContainText("أُرسلت الدعوة من جديد");
  const second = await linkFromOutbox(page, email, "invite");
  expect(second).not.toBe(first);

  const invitee = await newClient(browser);
  const tab = await invitee.newPage();
  await tab.goto(first);
  await expect(tab.getByText(INVITE_INVALID)).toBeVisible();
  await tab.goto(second);
  await expect(tab.getByLabel("كلمة المرور الجديدة")).toBeVisible();

  await page.goto("/admin/staff");
  await rowOf(page, email).getByRole("button", { name: "إلغاء الدعوة" }).click();
  await expect(rowOf(page, email)).toHaveCount(0);
  await page.reload();
  await expect(rowOf(page, email)).toHaveCount(0);

  // The page opened before the revocation cannot make the account either.
  await choosePassword(tab, "a newsroom of my own 2026");
  await tab.getByRole("button", { name: "تفعيل الحساب" }).click();
  await expect(tab.getByText(INVITE_INVALID)).toBeVisible();
  await tab.goto(second);
  await expect(tab.getByText(INVITE_INVALID)).toBeVisible();
  expect(count("User", "email = ?", email)).toBe(0);
  await invitee.close();
});

test("«نسيت كلمة المرور؟» answers the same page for a known and an unknown address", async ({ page, browser }) => {
  await loginAs(page, "admin");
  const known = await createUser("writer", { password: "my-old-passphrase-1" });
  const unknown = `nobody-${uniq()}@e2e.midad.local`;
  const visitor = await newClient(browser);
  const tab = await visitor.newPage();
  const answers: string[] = [];
  for (const email of [known.email, unknown]) {
    await tab.goto("/login");
    await tab.getByRole("link", { name: "نسيت كلمة المرور؟" }).click();
    await expect(tab).toHaveURL(/\/forgot$/);
    await tab.getByLabel("البريد الإلكتروني").fill(email);
    await tab.getByRole("button", { name: "أرسل رابط إعادة التعيين" }).click();
    await expect(tab.getByRole("status")).toHaveText(RESET_SENT);
    answers.push(await tab.locator(".auth-card").innerText());
  }
  expect(answers[1]).toBe(answers[0]);
  // Only the real account got a message.
  await page.goto("/admin/outbox");
  await expect(page.locator(".outbox-item", { hasText: known.email })).toHaveCount(1);
  await expect(page.locator(".outbox-item", { hasText: unknown })).toHaveCount(0);
  await visitor.close();
});

test("a reset link sets a new password once; the old password stops working and another session of the account ends", async ({ page, browser }) => {
  await loginAs(page, "admin");
  const user = await createUser("editor", { password: "my-old-passphrase-2" });

  // The account is signed in elsewhere (a second device).
  const other = await newClient(browser);
  const otherTab = await other.newPage();
  await signIn(otherTab, user.email, "my-old-passphrase-2");
  await expect(otherTab).toHaveURL(/\/admin$/);

  const owner = await newClient(browser);
  const tab = await owner.newPage();
  await tab.goto("/forgot");
  await tab.getByLabel("البريد الإلكتروني").fill(user.email);
  await tab.getByRole("button", { name: "أرسل رابط إعادة التعيين" }).click();
  await expect(tab.getByRole("status")).toHaveText(RESET_SENT);

  const link = await linkFromOutbox(page, user.email, "reset");
  await tab.goto(link);
  await expect(tab.getByRole("heading", { name: "اختر كلمة مرور جديدة" })).toBeVisible();
  await expect(tab.getByText(user.email)).toBeVisible();

  const hashBefore = (testDb().prepare(`SELECT passwordHash FROM User WHERE id = ?`).get(user.id) as { passwordHash: string }).passwordHash;
  await choosePassword(tab, "password123456");
  await tab.getByRole("button", { name: "حفظ كلمة المرور" }).click();
  await expect(tab.getByText(COMMON_PASSWORD)).toBeVisible();
  expect((testDb().prepare(`SELECT passwordHash FROM User WHERE id = ?`).get(user.id) as { passwordHash: string }).passwordHash).toBe(hashBefore);
  // Nothing changed: the other device is still signed in.
  await otherTab.goto("/admin");
  await expect(otherTab.getByText(`مرحباً ${user.name}`)).toBeVisible();

  await choosePassword(tab, "a fresh start in the newsroom");
  await tab.getByRole("button", { name: "حفظ كلمة المرور" }).click();
  await expect(tab).toHaveURL(/\/login\?done=reset$/);
  await expect(tab.getByRole("status")).toHaveText("تغيّرت كلمة المرور وانتهت جلساتك السابقة. سجّل الدخول بكلمة المرور الجديدة.");

  // The other device is signed out.
  await otherTab.goto("/admin");
  await expect(otherTab).toHaveURL(/\/login/);

  // The link works once.
  await tab.goto(link);
  await expect(tab.getByText(LINK_INVALID)).toBeVisible();

  // The old password no longer signs in; the new one does.
  await signIn(tab, user.email, "my-old-passphrase-2");
  await expect(tab.locator(".auth-error")).toHaveText(SIGN_IN_FAILED);
  await signIn(tab, user.email, "a fresh start in the newsroom");
  await expect(tab).toHaveURL(/\/admin$/);
  await expect(tab.getByText(`مرحباً ${user.name}`)).toBeVisible();

  expect(count("AuditLog", "action = 'auth.password_reset_request' AND entityId = ?", user.id)).toBe(1);
  expect(count("AuditLog", "action = 'auth.password_reset' AND actorId = ?", user.id)).toBe(1);
  // The owner is told by mail that the password changed.
  await page.goto("/admin/outbox");
  await expect(page.locator(".outbox-item", { hasText: user.email }).filter({ hasText: "تنبيه بتغيير كلمة المرور" })).toHaveCount(1);
  await other.close();
  await owner.close();
});

test("without JavaScript: asking for a link, choosing a password and accepting an invitation still work", async ({ page, browser }) => {
  await loginAs(page, "admin");
  const user = await createUser("moderator", { password: "my-old-passphrase-3" });
  const plain = await newClient(browser, { javaScriptEnabled: false });
  const tab = await plain.newPage();

  await tab.goto("/forgot");
  await tab.getByLabel("البريد الإلكتروني").fill(user.email);
  await tab.getByRole("button", { name: "أرسل رابط إعادة التعيين" }).click();
  await expect(tab.getByRole("status")).toHaveText(RESET_SENT);

  const link = await linkFromOutbox(page, user.email, "reset");
  await tab.goto(link);
  await choosePassword(tab, "password123456");
  await tab.getByRole("button", { name: "حفظ كلمة المرور" }).click();
  await expect(tab.getByText(COMMON_PASSWORD)).toBeVisible();
  await choosePassword(tab, "no scripts needed to reset");
  await tab.getByRole("button", { name: "حفظ كلمة المرور" }).click();
  await expect(tab).toHaveURL(/\/login\?done=reset$/);
  await expect(tab.getByRole("status")).toHaveText("تغيّرت كلمة المرور وانتهت جلساتك السابقة. سجّل الدخول بكلمة المرور الجديدة.");

  const email = `plain-${uniq()}@e2e.midad.local`;
  await invite(page, { name: `مشرف مدعو ${uniq()}`, email, role: "مشرف" });
  const invitation = await linkFromOutbox(page, email, "invite");
  await tab.goto(invitation);
  await choosePassword(tab, "no scripts needed to join");
  await tab.getByRole("button", { name: "تفعيل الحساب" }).click();
  await expect(tab).toHaveURL(/\/login\?done=invite$/);
  expect(count("User", "email = ? AND role = 'moderator'", email)).toBe(1);
  await plain.close();
});

/** Serious or critical axe findings; on dashboard pages only their main content (this feature's part). */
async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the forgotten-password, reset (with a refusal) and invitation pages have no serious or critical accessibility violations", async ({ page, browser }) => {
  await loginAs(page, "admin");
  const user = await createUser("writer", { password: "my-old-passphrase-4" });
  const email = `axe-${uniq()}@e2e.midad.local`;
  await invite(page, { name: `مدعو ${uniq()}`, email, role: "كاتب" });
  expect(await seriousViolations(page, "main")).toEqual([]);

  const visitor = await newClient(browser);
  const tab = await visitor.newPage();
  await tab.goto("/forgot");
  expect(await seriousViolations(tab)).toEqual([]);
  await tab.getByLabel("البريد الإلكتروني").fill(user.email);
  await tab.getByRole("button", { name: "أرسل رابط إعادة التعيين" }).click();
  await expect(tab.getByRole("status")).toHaveText(RESET_SENT);
  expect(await seriousViolations(tab)).toEqual([]);

  await tab.goto(await linkFromOutbox(page, user.email, "reset"));
  await choosePassword(tab, "password123456");
  await tab.getByRole("button", { name: "حفظ كلمة المرور" }).click();
  await expect(tab.getByText(COMMON_PASSWORD)).toBeVisible();
  expect(await seriousViolations(tab)).toEqual([]);
  expect(await seriousViolations(page, "main")).toEqual([]); // the outbox, opened by linkFromOutbox

  await tab.goto(await linkFromOutbox(page, email, "invite"));
  expect(await seriousViolations(tab)).toEqual([]);
  await visitor.close();
});

test("expired links are refused: an invitation after its 72 hours (the admin can resend it) and a reset link after its hour", async ({ page, browser }) => {
  await loginAs(page, "admin");
  const email = `expired-${uniq()}@e2e.midad.local`;
  await invite(page, { name: `مدعو متأخر ${uniq()}`, email, role: "كاتب" });
  const invitationId = (testDb().prepare(`SELECT id FROM Invitation WHERE email = ?`).get(email) as { id: number }).id;
  expect(count("AuditLog", "action = 'staff.invite' AND entityId = ?", String(invitationId))).toBe(1);
  const old = await linkFromOutbox(page, email, "invite");
  const past = sqlDate(new Date(Date.now() - 60_000));
  testDb().prepare(`UPDATE Invitation SET expiresAt = ? WHERE email = ?`).run(past, email);

  const visitor = await newClient(browser);
  const tab = await visitor.newPage();
  await tab.goto(old);
  await expect(tab.getByText(INVITE_INVALID)).toBeVisible();
  await expect(tab.getByLabel("كلمة المرور الجديدة")).toHaveCount(0);

  await page.goto("/admin/staff");
  await expect(rowOf(page, email)).toContainText("انتهت");
  await rowOf(page, email).getByRole("button", { name: "إعادة الإرسال" }).click();
  await expect(rowOf(page, email).getByRole("status")).toContainText("أُرسلت الدعوة من جديد");
  await expect(rowOf(page, email)).toContainText("حتى ");
  await tab.goto(await linkFromOutbox(page, email, "invite"));
  await expect(tab.getByLabel("كلمة المرور الجديدة")).toBeVisible();

  const user = await createUser("editor", { password: "my-old-passphrase-7" });
  await tab.goto("/forgot");
  await tab.getByLabel("البريد الإلكتروني").fill(user.email);
  await tab.getByRole("button", { name: "أرسل رابط إعادة التعيين" }).click();
  await expect(tab.getByRole("status")).toHaveText(RESET_SENT);
  const reset = await linkFromOutbox(page, user.email, "reset");
  testDb().prepare(`UPDATE PasswordReset SET expiresAt = ? WHERE userId = ?`).run(past, user.id);
  await tab.goto(reset);
  await expect(tab.getByText(LINK_INVALID)).toBeVisible();
  await expect(tab.getByLabel("كلمة المرور الجديدة")).toHaveCount(0);
  await signIn(tab, user.email, "my-old-passphrase-7");
  await expect(tab).toHaveURL(/\/admin$/);
  await visitor.close();
});
