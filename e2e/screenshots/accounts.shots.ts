import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { createUser, loginAs } from "../support/auth";
import { uniq } from "../support/articles";
import { E2E_BASE_URL } from "../support/env";

// docs/screenshots/accounts/*.png: the account pages at a phone width and a desktop width.
// Each page is checked for sideways overflow (nothing wider than the window) before the shot.

const WIDTHS = [360, 1366] as const;
const OUT = "docs/screenshots/accounts";

async function shoot(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0);
    expect.soft(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
  }
}

async function linkFromOutbox(admin: Page, to: string, path: "invite" | "reset"): Promise<string> {
  await admin.goto("/admin/outbox");
  const item = admin.locator(".outbox-item", { hasText: to }).first();
  await item.locator("summary").click();
  const text = await item.locator(".outbox-text").innerText();
  return text.match(new RegExp(`${E2E_BASE_URL.replace(/[.:/]/g, "\\$&")}/${path}/[A-Za-z0-9_-]+`))![0];
}

test("account pages at 360 px and 1366 px", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await loginAs(page, "admin", { name: "سلمى الراوي" });
  const user = await createUser("editor", { name: "حيدر العبيدي", password: "my-old-passphrase-9" });

  // An invitation, pending on the staff page.
  const invited = `noor.${uniq()}@e2e.midad.local`;
  await page.goto("/admin/staff");
  const form = page.getByRole("form", { name: "دعوة موظف" });
  await form.getByLabel("الاسم").fill("نور الهدى كاظم");
  await form.getByLabel("البريد الإلكتروني").fill(invited);
  await form.getByLabel("الدور").selectOption({ label: "كاتب" });
  await form.getByRole("button", { name: "إرسال الدعوة" }).click();
  await expect(form.getByRole("status")).toBeVisible();

  // A reset request, from a signed-out browser.
  const visitor = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-IQ", extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" } });
  const tab = await visitor.newPage();
  await tab.goto("/forgot");
  await shoot(tab, "forgot");
  await tab.getByLabel("البريد الإلكتروني").fill(user.email);
  await tab.getByRole("button", { name: "أرسل رابط إعادة التعيين" }).click();
  await expect(tab.getByRole("status")).toBeVisible();
  await shoot(tab, "forgot-sent");

  await page.goto("/admin/staff");
  await shoot(page, "staff");

  const reset = await linkFromOutbox(page, user.email, "reset");
  const invite = await linkFromOutbox(page, invited, "invite");
  await shoot(page, "outbox");

  await tab.goto(reset);
  await shoot(tab, "reset");
  await tab.getByLabel("كلمة المرور الجديدة").fill("password123456");
  await tab.getByLabel("تأكيد كلمة المرور").fill("password123456");
  await tab.getByRole("button", { name: "حفظ كلمة المرور" }).click();
  await expect(tab.locator(".auth-error")).toBeVisible();
  await shoot(tab, "reset-refused");

  await tab.goto(invite);
  await shoot(tab, "invite");
  await tab.goto(`${invite.slice(0, -4)}AAAA`);
  await shoot(tab, "invite-invalid");
  await visitor.close();
});
