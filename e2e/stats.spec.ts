import { expect, test } from "./support/test";
import { loginAs } from "./support/auth";
import { insertArticle } from "./support/db";

// The desk's statistics (issue 15, decision 197): a read counted through the real beacon
// (as e2e/views.spec.ts sends it), once the buffer flushed, shows in /admin/stats and on the
// piece's own page. Writers are refused (decision 197).

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

test("a counted read shows up in /admin/stats, today and in the piece's chart", async ({ page, request }) => {
  test.setTimeout(90_000);
  const title = `مادة للإحصاءات ${Date.now()}`;
  const id = insertArticle({ title });
  for (const client of ["198.51.100.21", "198.51.100.22"]) {
    const r = await request.get(`/api/views/${id}`, { headers: { "user-agent": CHROME, "x-forwarded-for": client } });
    expect(r.status()).toBe(200);
  }
  await loginAs(page, "editor");
  // Views are written in batches (every 10 s): poll the screen until they are there.
  const row = page.locator(".reads-table tr").filter({ has: page.getByRole("link", { name: title }) });
  await expect(async () => {
    await page.goto("/admin/stats");
    await expect(row.locator('td[data-label="اليوم"]')).toHaveText("2", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(row.locator('td[data-label="30 يوماً"]')).toHaveText("2");
  await expect(page.getByRole("img", { name: /قراءات الموقع يومياً/ })).toBeVisible();

  await row.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/stats/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const chart = page.getByRole("img", { name: new RegExp(title) });
  await expect(chart).toBeVisible();
  await page.getByText("الأرقام جدولاً").click();
  await expect(page.locator(".day-table tbody tr").first().locator("td").nth(1)).toHaveText("2");
});

test("writers and moderators do not get the statistics", async ({ browser }) => {
  for (const role of ["writer", "moderator"] as const) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await loginAs(page, role);
    expect((await page.goto("/admin/stats"))?.status(), role).toBe(404);
    await page.goto("/admin");
    await expect(page.getByRole("link", { name: "الإحصاءات" })).toHaveCount(0);
    await ctx.close();
  }
});
