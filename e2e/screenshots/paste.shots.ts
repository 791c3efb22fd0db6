import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { loginAs } from "../support/auth";
import { insertArticle } from "../support/db";

// docs/screenshots/paste/*.png: a Word document pasted into the editor (with the table tools
// showing) and the published piece on the reader page, at a phone width and a desktop width.

const WIDTHS = [360, 1366] as const;
const OUT = "docs/screenshots/paste";

async function shoot(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
  }
}

test("pasted Word document in the editor and on the reader page", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, "editor");
  const id = insertArticle({ title: "نتائج الانتخابات المحلية", status: "in_review" });
  await page.goto(`/admin/articles/${id}`);
  const body = page.getByRole("textbox", { name: "نص المقال" });
  await body.click();
  await page.keyboard.press("Control+A");
  const html = readFileSync(new URL("../../lib/articles/paste/fixtures/word-windows-arabic.html", import.meta.url), "utf8");
  await body.evaluate((el, data) => {
    const dt = new DataTransfer();
    dt.setData("text/html", data);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
  await body.getByText("بغداد").click();
  await expect(page.getByRole("toolbar", { name: "تحرير الجدول" })).toBeVisible();
  await shoot(page, "editor");
  await page.getByRole("button", { name: "نشر الآن" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("نُشر المقال.");
  await page.goto(`/${id}`);
  await shoot(page, "reader");
  // The body alone, legible at review size: the table's own scroll box at a phone width.
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.locator(".article-body").screenshot({ path: `${OUT}/reader-body-${width}.png` });
  }
});
