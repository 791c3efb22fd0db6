import { expect, test } from "../support/test";
import { loginAs } from "../support/auth";
import { dashboardScreens } from "../support/dashboard-screens";

// docs/screenshots/webhooks/*.png: the webhooks screens at a phone width and a desktop width:
// the list, the form's answer with the secret shown once (and how to verify it, opened), an
// endpoint with deliveries and their attempts, and the form's refusal of a private address.

const OUT = "docs/screenshots/webhooks";

test("webhooks screens", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, "admin");
  const endpoint = dashboardScreens().find((p) => /^\/admin\/webhooks\/\d+$/.test(p))!;
  for (const width of [360, 1366]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    const noOverflow = async (what: string) =>
      expect.soft(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${what} at ${width}`).toBeLessThanOrEqual(0);

    await page.goto("/admin/webhooks");
    const form = page.getByRole("form", { name: "تسجيل وجهة" });
    await form.getByLabel("عنوان الاستقبال").fill("http://169.254.169.254/latest/meta-data/");
    await form.getByRole("button", { name: "سجّل الوجهة" }).click();
    await expect(form.getByText("لا يُسمح بعناوين الشبكة الداخلية", { exact: false }).first()).toBeVisible();
    await noOverflow("refused");
    await page.screenshot({ path: `${OUT}/refused-private-${width}.png`, fullPage: true });

    await form.getByLabel("عنوان الاستقبال").fill(`http://127.0.0.2:9/shots-${width}`);
    await form.getByLabel("اسم يعرّف المستقبِل (اختياري)").fill("تطبيق الهاتف");
    await form.getByRole("button", { name: "سجّل الوجهة" }).click();
    await expect(page.getByTestId("webhook-secret")).toBeVisible();
    await page.getByText("كيف يتحقق المستقبِل من الإشعار").click();
    await noOverflow("created");
    await page.screenshot({ path: `${OUT}/created-secret-${width}.png`, fullPage: true });

    await page.goto("/admin/webhooks");
    await noOverflow("list");
    await page.screenshot({ path: `${OUT}/list-${width}.png`, fullPage: true });

    await page.goto(endpoint);
    await noOverflow("endpoint");
    await page.screenshot({ path: `${OUT}/endpoint-${width}.png`, fullPage: true });
  }
});
