import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";

// docs/screenshots/reader/*.png: reader pages at a phone width and a desktop width, lazy
// images scrolled in first. Each page is checked for sideways overflow before the shot.

const WIDTHS = [360, 1366] as const;
const OUT = "docs/screenshots/reader";

async function shoot(page: Page, path: string, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    await page.goto(path);
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 30));
      }
      window.scrollTo(0, 0);
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
  }
}

test("reader pages", async ({ page }) => {
  test.slow();
  await shoot(page, "/", "home");
  await shoot(page, "/section/politics", "section");
  await shoot(page, "/410630", "article");
});
