import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { loginAs } from "../support/auth";
import { uniq } from "../support/articles";
import { expireFrontPage } from "../support/cache";
import { insertArticle, testDb } from "../support/db";
import { reindexArticle } from "../support/search-index";

// docs/screenshots/front/*.png: arranging the front page (/admin/front, its history and
// preview) and the home page readers then get, at a phone width and a desktop width. Each
// page is checked for sideways overflow before the shot.

const WIDTHS = [360, 1366] as const;
const OUT = "docs/screenshots/front";

async function shoot(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
  }
}

test("front page curation at 360 px and 1366 px", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  await loginAs(page, "editor", { name: "زينب الحسيني" });
  const tag = uniq();
  const piece = (title: string, section = "politics") => {
    const id = insertArticle({ title, sectionSlug: section, publishedAt: new Date(Date.now() - 2 * 86_400_000) });
    reindexArticle(id);
    return id;
  };
  const lead = piece(`البرلمان يقرّ موازنة الطوارئ بعد جلسة امتدت حتى الفجر ${tag}`);
  const top = piece(`وزارة الكهرباء تعلن جدولاً جديداً لساعات التجهيز في بغداد ${tag}`);
  const pin = piece(`أسعار النفط ترتفع مع تراجع المخزونات الأمريكية ${tag}`, "economy");

  await page.goto("/admin/front");
  await page.getByLabel("رقم القطعة: الخبر الرئيسي").fill(String(lead));
  await page.getByLabel("رقم القطعة: الخبر البارز الأول").fill(String(top));
  await page.locator("summary", { hasText: "اقتصاد" }).click();
  await page.getByLabel("رقم القطعة: المثبّتة الأولى في اقتصاد").fill(String(pin));
  await page.getByLabel("النص", { exact: true }).fill("عاجل: البرلمان يصوّت على الموازنة الليلة");
  await page.getByLabel("الرابط", { exact: true }).fill(`/${lead}`);
  await page.getByLabel("ينتهي يوم").fill(new Date(Date.now() + 86_400_000).toLocaleDateString("en-CA", { timeZone: "Asia/Baghdad" }));
  await page.getByLabel("الساعة (بغداد)").first().fill("23:00");
  await page.getByRole("button", { name: "انشر الآن" }).click();
  await expect(page.getByText("نُشر الترتيب")).toBeVisible();
  // The picker open on a title search, the way an editor chooses the second top story.
  await page.getByRole("button", { name: "اختر قطعة: الخبر البارز الثاني" }).click();
  await page.getByRole("group", { name: "البحث عن قطعة: الخبر البارز الثاني" }).getByRole("searchbox").fill("الكهرباء");
  await expect(page.locator(".front-picker-results li").first()).toBeVisible();
  await shoot(page, "arrange");

  await page.goto("/admin/front/history");
  await shoot(page, "history");
  const previewHref = await page.getByRole("link", { name: /عاين ترتيب/ }).first().getAttribute("href");
  await page.goto(previewHref!);
  await shoot(page, "preview");

  const reader = await browser.newPage();
  await reader.goto("/");
  await expect(reader.locator(".home-main article.lead h2")).toContainText("البرلمان يقرّ موازنة الطوارئ");
  await shoot(reader, "home");
  await reader.close();

  testDb().prepare(`DELETE FROM FrontArrangement`).run();
  await expireFrontPage(request);
});
