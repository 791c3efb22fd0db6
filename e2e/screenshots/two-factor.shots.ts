import type { Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { expect, test } from "../support/test";
import { createUser, loginAs, sessionToken } from "../support/auth";
import { testDb } from "../support/db";
import { E2E_BASE_URL } from "../support/env";

// docs/screenshots/two-factor/*.png: two-factor sign-in and the account page (decision 132)
// at a phone width and a desktop width, each checked for sideways overflow first.

const WIDTHS = [360, 1366] as const;
const OUT = "docs/screenshots/two-factor";
const PASSWORD = "a-long-newsroom-passphrase-7";

async function shoot(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0);
    expect.soft(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
  }
}

test("two-factor pages at 360 px and 1366 px", async ({ browser }) => {
  test.setTimeout(120_000);
  const user = await createUser("editor", { name: "حيدر العبيدي", password: PASSWORD });
  const context = await browser.newContext({
    baseURL: E2E_BASE_URL,
    locale: "ar-IQ",
    timezoneId: "Asia/Baghdad",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.41" },
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(user.email);
  await page.getByLabel("كلمة المرور").fill(PASSWORD);
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  // Two more sessions, as if from a phone and another browser.
  const now = new Date();
  for (const [ua, ip] of [
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "203.0.113.17"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "192.0.2.90"],
  ]) {
    await sessionToken(user);
    testDb().prepare(`UPDATE Session SET userAgent = ?, clientAddress = ?, lastSeenAt = ? WHERE userId = ? AND userAgent = 'e2e fixture'`).run(ua, ip, new Date(now.getTime() - 3 * 3600_000).toISOString().replace("Z", "+00:00"), user.id);
  }
  await page.goto("/admin/account");
  await shoot(page, "account-off");

  await page.goto("/two-factor");
  await shoot(page, "enrol");
  const secret = (await page.locator(".totp-secret").innerText()).replace(/\s/g, "");
  await page.getByLabel("الرمز من التطبيق").fill(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate());
  await page.getByRole("button", { name: "تفعيل" }).click();
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  await shoot(page, "recovery-codes");

  await page.goto("/admin/account");
  await shoot(page, "account-on");

  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await page.getByLabel("البريد الإلكتروني").fill(user.email);
  await page.getByLabel("كلمة المرور").fill(PASSWORD);
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page).toHaveURL(/\/login\/code/);
  await shoot(page, "code-step");
  await page.getByLabel("الرمز").fill("000000");
  await page.getByRole("button", { name: "تحقق" }).click();
  await expect(page.locator(".auth-card").getByRole("alert")).toBeVisible();
  await shoot(page, "code-step-refused");

  const admin = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-IQ", timezoneId: "Asia/Baghdad" });
  const adminPage = await admin.newPage();
  await loginAs(adminPage, "admin", { name: "سلمى الراوي" });
  await adminPage.goto("/admin/settings");
  await shoot(adminPage, "settings");
  await adminPage.goto("/admin/staff");
  await shoot(adminPage, "staff");
  await admin.close();
  await context.close();
});
