import type { Browser, BrowserContext, Page } from "@playwright/test";
import Database from "better-sqlite3";
import * as OTPAuth from "otpauth";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { createUser, loginAs, sessionToken, SESSION_COOKIE } from "./support/auth";
import { testDb } from "./support/db";
import { E2E_BASE_URL, E2E_PORT } from "./support/env";
import { OwnServer } from "./support/own-server";

// Two-factor sign-in and the sessions page (issue 13, decision 132), as staff use them: the
// codes come from the secret the enrolment page shows, computed here as an authenticator
// app would.

const PASSWORD = "a-long-newsroom-passphrase-7";
const CODE_FAILED = "الرمز غير صحيح أو استُخدم من قبل.";

/**
 * Each browser speaks from an address of its own (the sign-in limits count per client, and
 * these tests fail codes on purpose): a documentation IPv6 range no other spec uses, unique per
 * worker and browser, never a random pick that another test might also draw.
 */
let clients = 0;
const ownAddress = () => `2001:db8:2fa:${process.pid.toString(16)}::${(++clients).toString(16)}`;
async function newClient(browser: Browser, base = E2E_BASE_URL, opts: { javaScriptEnabled?: boolean; userAgent?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: base,
    locale: "ar-IQ",
    timezoneId: "Asia/Baghdad",
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
    extraHTTPHeaders: { "x-forwarded-for": ownAddress() },
  });
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "دخول" }).click();
}

async function signOut(page: Page) {
  await page.goto("/admin");
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** An authenticator app's code for this secret, `steps` periods from now. */
function appCode(secret: string, steps = 0): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: Date.now() + steps * 30_000 });
}

async function enterCode(page: Page, code: string) {
  await expect(page).toHaveURL(/\/login\/code/);
  await expect(page.getByRole("heading", { name: "رمز التحقق" })).toBeVisible();
  await page.getByLabel("الرمز").fill(code);
  await page.getByRole("button", { name: "تحقق" }).click();
}

/** Enrol from /two-factor: read the key shown beside the QR code, confirm with a code; returns the key and the recovery codes. */
async function enrol(page: Page): Promise<{ secret: string; codes: string[] }> {
  await page.goto("/two-factor");
  await expect(page.getByRole("heading", { name: "تفعيل التحقق بخطوتين" })).toBeVisible();
  await expect(page.getByRole("img", { name: /رمز QR/ }).locator("svg")).toBeVisible();
  const secret = (await page.locator(".totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // A wrong code first: refused in Arabic, nothing turned on.
  await page.getByLabel("الرمز من التطبيق").fill(appCode(secret, 5));
  await page.getByRole("button", { name: "تفعيل" }).click();
  await expect(page.locator(".auth-card").getByRole("alert")).toContainText("الرمز غير صحيح");
  await page.getByLabel("الرمز من التطبيق").fill(appCode(secret));
  await page.getByRole("button", { name: "تفعيل" }).click();
  await expect(page.getByRole("status").filter({ hasText: "فُعّل التحقق بخطوتين" })).toBeVisible();
  const codes = await page.locator(".recovery-codes li").allInnerTexts();
  expect(codes).toHaveLength(10);
  expect(new Set(codes).size).toBe(10);
  return { secret, codes: codes.map((c) => c.trim()) };
}

test("a writer turns two-factor on; signing in then needs a code from the app, each code and recovery code works once", async ({ browser }) => {
  const writer = await createUser("writer", { password: PASSWORD });
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, writer.email);
  await expect(page).toHaveURL(/\/admin$/);

  await page.goto("/admin/account");
  await expect(page.getByRole("heading", { name: "التحقق بخطوتين" })).toBeVisible();
  await expect(page.getByText("غير مفعّل")).toBeVisible();
  await page.getByRole("link", { name: "تفعيل التحقق بخطوتين" }).click();
  const { secret, codes } = await enrol(page);
  // The secret is stored sealed, never as the key the page showed.
  const row = testDb().prepare(`SELECT totpSecret, totpEnabledAt FROM User WHERE id = ?`).get(writer.id) as { totpSecret: string; totpEnabledAt: string };
  expect(row.totpEnabledAt).toBeTruthy();
  expect(row.totpSecret).not.toContain(secret);
  await expect(page.locator(".recovery-codes a[download]")).toHaveAttribute("href", new RegExp(`^data:text/plain;charset=utf-8,.*${encodeURIComponent(codes[0]!)}`));

  // The password alone no longer signs in: the code step follows, and a wrong code is refused.
  await signOut(page);
  await signIn(page, writer.email);
  await enterCode(page, appCode(secret, -5));
  await expect(page.locator(".auth-card").getByRole("alert")).toHaveText(CODE_FAILED);
  await expect(page).toHaveURL(/\/login\/code/);
  expect(await page.context().cookies()).not.toContainEqual(expect.objectContaining({ name: SESSION_COOKIE }));
  // The next period's code (a phone clock a little ahead) signs in…
  const code = appCode(secret, 1);
  await enterCode(page, code);
  await expect(page).toHaveURL(/\/admin$/);
  // …once: the same code again, in a new sign-in, is refused.
  await signOut(page);
  await signIn(page, writer.email);
  await enterCode(page, code);
  await expect(page.locator(".auth-card").getByRole("alert")).toHaveText(CODE_FAILED);

  // A recovery code, typed in capitals without its dash, signs in once.
  const recovery = codes[3]!;
  await enterCode(page, recovery.replace("-", "").toUpperCase());
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);
  await signIn(page, writer.email);
  await enterCode(page, recovery);
  await expect(page.locator(".auth-card").getByRole("alert")).toHaveText(CODE_FAILED);

  // The app's codes are spent up to the period used last: another recovery code, then the
  // account page counts what is left and the audit log has every step.
  await enterCode(page, codes[4]!);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/account");
  await expect(page.getByText("رموز الاسترداد غير المستعملة: 8 من 10")).toBeVisible();
  const actions = (testDb().prepare(`SELECT action, detail FROM AuditLog WHERE entityId = ? ORDER BY id`).all(writer.id) as { action: string; detail: string | null }[]).map((a) => `${a.action}${a.detail?.includes("recovery") ? ":recovery" : a.detail?.includes("totp") ? ":totp" : ""}`);
  expect(actions).toEqual(
    expect.arrayContaining(["auth.two_factor_enable", "auth.signin:totp", "auth.two_factor_failed", "auth.recovery_code_used", "auth.signin:recovery"]),
  );

  // New recovery codes (password and a code): shown once, and the old ones stop working.
  const renew = page.getByRole("form", { name: "إصدار رموز استرداد جديدة" });
  await renew.getByLabel("كلمة المرور").fill(PASSWORD);
  await renew.getByLabel("رمز من التطبيق أو رمز استرداد").fill(codes[6]!);
  await renew.getByRole("button", { name: "إصدار رموز جديدة" }).click();
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  const renewed = (await page.locator(".recovery-codes li").allInnerTexts()).map((c) => c.trim());
  expect(renewed.filter((c) => codes.includes(c))).toEqual([]);
  await expect(page.getByText("رموز الاسترداد غير المستعملة: 10 من 10")).toBeVisible();

  // Turning it off takes the password and a code; then the password alone signs in again.
  const off = page.getByRole("form", { name: "إيقاف التحقق بخطوتين" });
  await off.getByLabel("كلمة المرور").fill("not-my-password");
  await off.getByLabel("رمز من التطبيق أو رمز استرداد").fill(renewed[0]!);
  await off.getByRole("button", { name: "إيقاف" }).click();
  await expect(off.getByRole("alert")).toContainText("كلمة المرور الحالية غير صحيحة");
  // A refused form keeps what was typed: only the wrong field needs retyping.
  await expect(off.getByLabel("رمز من التطبيق أو رمز استرداد")).toHaveValue(renewed[0]!);
  await off.getByLabel("كلمة المرور").fill(PASSWORD);
  await off.getByLabel("رمز من التطبيق أو رمز استرداد").fill(codes[5]!); // an old code: gone with the renewal
  await off.getByRole("button", { name: "إيقاف" }).click();
  await expect(off.getByRole("alert")).toContainText("الرمز غير صحيح");
  await off.getByLabel("كلمة المرور").fill(PASSWORD);
  await off.getByLabel("رمز من التطبيق أو رمز استرداد").fill(renewed[0]!);
  await off.getByRole("button", { name: "إيقاف" }).click();
  // The page shows it off at once (the form goes with it).
  await expect(page.getByText("غير مفعّل")).toBeVisible();
  await expect(off).toHaveCount(0);
  await signOut(page);
  await signIn(page, writer.email);
  await expect(page).toHaveURL(/\/admin$/);
  await context.close();
});

test("the code step works without JavaScript, and a code step left waiting expires", async ({ browser }) => {
  const editor = await createUser("editor", { password: PASSWORD });
  const setup = await newClient(browser);
  const setupPage = await setup.newPage();
  await signIn(setupPage, editor.email);
  await expect(setupPage).toHaveURL(/\/admin$/);
  const { secret } = await enrol(setupPage);
  await setup.close();

  const context = await newClient(browser, E2E_BASE_URL, { javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, editor.email);
  await enterCode(page, "123");
  await expect(page.locator(".auth-card").getByRole("alert")).toHaveText(CODE_FAILED);
  await enterCode(page, appCode(secret, 1));
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // A challenge older than five minutes is gone: back to the password, with the reason.
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await signIn(page, editor.email);
  await expect(page).toHaveURL(/\/login\/code/);
  testDb().prepare(`UPDATE SignInChallenge SET expiresAt = ? WHERE userId = ?`).run(new Date(Date.now() - 1000).toISOString().replace("Z", "+00:00"), editor.id);
  await page.getByLabel("الرمز").fill(appCode(secret));
  await page.getByRole("button", { name: "تحقق" }).click();
  await expect(page).toHaveURL(/\/login\?error=expired/);
  await expect(page.locator(".auth-card").getByRole("alert")).toContainText("انتهت مهلة إدخال الرمز");
  await context.close();
});

test("wrong codes count against the sign-in limits: after five, even the right code waits", async ({ browser }) => {
  const writer = await createUser("writer", { password: PASSWORD });
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, writer.email);
  await expect(page).toHaveURL(/\/admin$/);
  const { secret } = await enrol(page);
  await signOut(page);
  await signIn(page, writer.email);
  // The password step of a two-factor account counts as a try until the code is right.
  for (let i = 0; i < 4; i++) {
    await enterCode(page, String(100000 + i));
    await expect(page.locator(".auth-card").getByRole("alert")).toHaveText(CODE_FAILED);
  }
  await enterCode(page, appCode(secret, 1));
  await expect(page.locator(".auth-card").getByRole("alert")).toContainText("محاولات دخول فاشلة كثيرة");
  await expect(page).toHaveURL(/\/login\/code/);
  await context.close();
});

test("each person sees their sessions with device and address, and ends one or all others", async ({ browser }) => {
  const editor = await createUser("editor", { password: PASSWORD });
  // Two browsers: a phone and a laptop, signed in through the form.
  const phone = await newClient(browser, E2E_BASE_URL, { userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36" });
  const laptop = await newClient(browser, E2E_BASE_URL, { userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" });
  const onPhone = await phone.newPage();
  const onLaptop = await laptop.newPage();
  await signIn(onPhone, editor.email);
  await expect(onPhone).toHaveURL(/\/admin$/);
  await signIn(onLaptop, editor.email);
  await expect(onLaptop).toHaveURL(/\/admin$/);
  // A third session from elsewhere (made by the fixture; its cookie is on no browser here).
  await sessionToken(editor);

  await onLaptop.goto("/admin/account");
  const rows = onLaptop.locator("table tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText("هذه الجلسة");
  await expect(rows.first()).toContainText("Firefox على Linux (حاسوب)");
  const phoneRow = rows.filter({ hasText: "Chrome على Android (هاتف)" });
  await expect(phoneRow).toHaveCount(1);
  await expect(phoneRow).toContainText(/2001:db8:2fa:[0-9a-f]+::[0-9a-f]+/);
  await expect(onLaptop.locator("main")).not.toContainText(/[A-Za-z0-9_-]{43}/); // no session id on the page

  await phoneRow.getByRole("button", { name: "إنهاء", exact: true }).click();
  await expect(phoneRow).toHaveCount(0);
  await expect(rows).toHaveCount(2);
  await onPhone.goto("/admin");
  await expect(onPhone).toHaveURL(/\/login/);

  await onLaptop.getByRole("button", { name: "إنهاء كل الجلسات الأخرى" }).click();
  await expect(rows).toHaveCount(1);
  await onLaptop.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("هذه الجلسة");
  const ended = testDb().prepare(`SELECT action FROM AuditLog WHERE entityId = ? AND action LIKE 'auth.session%' ORDER BY id`).all(editor.id) as { action: string }[];
  expect(ended.map((e) => e.action)).toEqual(["auth.session_end", "auth.sessions_end_others"]);
  await phone.close();
  await laptop.close();
});

/** Serious or critical axe findings on the whole page. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the enrolment, recovery codes, code step and account pages have no serious or critical accessibility violations", async ({ browser }) => {
  const user = await createUser("moderator", { password: PASSWORD });
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, user.email);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/two-factor");
  expect(await seriousViolations(page)).toEqual([]);
  const { secret } = await enrol(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/admin/account");
  expect(await seriousViolations(page)).toEqual([]);
  await signOut(page);
  await signIn(page, user.email);
  await enterCode(page, "000000");
  await expect(page.locator(".auth-card").getByRole("alert")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await enterCode(page, appCode(secret, 1));
  await expect(page).toHaveURL(/\/admin$/);
  await context.close();
});

test.describe("the site's rule", () => {
  // The rule is site-wide: a server of its own, so no other test runs under it.
  const server = new OwnServer(E2E_PORT + 9);
  test.beforeAll(async () => {
    await server.copyDatabase();
    await server.start();
  });
  test.afterAll(() => server.stop());

  test("two-factor required for admins and editors: an editor without it is sent to enrol and refused everywhere else until done; a writer is not", async ({ browser }) => {
    const admin = await loginAsOn(server, browser, "admin");
    await admin.page.goto("/admin/settings");
    const form = admin.page.getByRole("form", { name: "إعدادات الموقع" });
    await form.getByLabel("التحقق بخطوتين إلزامي لـ").selectOption({ label: "المديرون والمحررون" });
    await form.getByRole("button", { name: "حفظ" }).click();
    // The admin who set it is covered too: at once, the dashboard sends them to enrol.
    await expect(admin.page).toHaveURL(/\/two-factor$/);
    await admin.page.goto("/admin/articles");
    await expect(admin.page).toHaveURL(/\/two-factor$/);

    const editor = await loginAsOn(server, browser, "editor");
    await editor.page.goto("/admin/articles");
    await expect(editor.page).toHaveURL(/\/two-factor$/);
    await expect(editor.page.getByRole("status")).toContainText("تلزم إعدادات الموقع دورك بالتحقق بخطوتين");
    // Not only the pages: a handler refuses the editor's request with the reason in Arabic.
    const upload = await editor.page.request.post("/api/admin/media", { headers: { origin: server.base }, multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("x") } } });
    expect(upload.status()).toBe(403);
    expect(JSON.stringify(await upload.json())).toContain("فعّل التحقق بخطوتين");

    const writer = await loginAsOn(server, browser, "writer");
    await writer.page.goto("/admin/articles");
    await expect(writer.page).toHaveURL(/\/admin\/articles$/);

    // Once enrolled, the editor works as before.
    await enrol(editor.page);
    await editor.page.goto("/admin/articles");
    await expect(editor.page).toHaveURL(/\/admin\/articles$/);
    await expect(editor.page.getByRole("heading", { name: "المقالات" })).toBeVisible();
    // And cannot turn it off while the rule stands.
    await editor.page.goto("/admin/account");
    await expect(editor.page.getByText("تلزم إعدادات الموقع دورك بالتحقق بخطوتين؛ لا يمكن إيقافه.")).toBeVisible();
    await expect(editor.page.getByRole("form", { name: "إيقاف التحقق بخطوتين" })).toHaveCount(0);
  });
});

/** A signed-in browser on the test's own server. */
async function loginAsOn(server: OwnServer, browser: Browser, role: "admin" | "editor" | "writer") {
  const context = await newClient(browser, server.base);
  const user = await loginAs(context, role);
  // loginAs wrote the user into the shared database; the own server reads its copy.
  copyUser(server, user.id);
  const cookies = await context.cookies(E2E_BASE_URL);
  await context.addCookies(cookies.map((c) => ({ name: c.name, value: c.value, url: server.base, httpOnly: c.httpOnly, sameSite: c.sameSite })));
  return { user, context, page: await context.newPage() };
}

function copyUser(server: OwnServer, userId: string) {
  const own = new Database(server.dbFile);
  try {
    for (const table of ["User", "Session"]) {
      const rows = testDb().prepare(`SELECT * FROM ${table} WHERE ${table === "User" ? "id" : "userId"} = ?`).all(userId) as Record<string, unknown>[];
      for (const r of rows) {
        const cols = Object.keys(r);
        own.prepare(`INSERT OR REPLACE INTO ${table} (${cols.map((c) => `"${c}"`).join(",")}) VALUES (${cols.map(() => "?").join(",")})`).run(...cols.map((c) => r[c]));
      }
    }
  } finally {
    own.close();
  }
}
