import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { loginAs } from "../support/auth";
import { insertArticle, sqlDate, testDb } from "../support/db";

// docs/screenshots/live/*.png: a live page (key events, updates, an embed placeholder, the
// «تحديثات جديدة» button) and the live desk, at 360 px and desktop width.

const WIDTHS = [360, 1366] as const;
const OUT = "docs/screenshots/live";

async function shoot(page: Page, path: string, name: string, before?: (page: Page) => Promise<void>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    await page.goto(path);
    if (before) await before(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
  }
}

test("live coverage", async ({ page }) => {
  test.slow();
  const id = insertArticle({
    title: "مباشر: أمطار غزيرة تغمر شوارع بغداد وإغلاق جسور",
    status: "published",
    bodyHtml: `<p>تتابع «المدى» لحظة بلحظة آثار الأمطار الغزيرة التي هطلت على بغداد منذ فجر اليوم.</p><figure data-embed="youtube" data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-title="مشاهد من شارع الرشيد"></figure>`,
  });
  const db = testDb();
  const t0 = Date.now() - 3 * 3600_000;
  db.prepare(`UPDATE Article SET liveStatus = 'live', liveStartedAt = ? WHERE id = ?`).run(sqlDate(new Date(t0)), id);
  const rows = [
    ["<p>بدأت فرق الدفاع المدني سحب المياه من شارع فلسطين.</p>", 0, null],
    ["<p>إغلاق جسر الجمهورية أمام السيارات حتى إشعار آخر.</p>", 1, null],
    ["<p>أمانة بغداد: أكثر من 200 آلية تعمل في الأحياء المتضررة.</p>", 0, "https://x.com/AlMadaPaper/status/1864012345678901234"],
    ["<p>تعطيل الدوام الرسمي غداً في المدارس والجامعات.</p>", 1, null],
  ] as const;
  rows.forEach(([html, key, embed], i) => {
    const at = sqlDate(new Date(t0 + (i + 1) * 40 * 60_000));
    db.prepare(`INSERT INTO LiveUpdate (articleId, bodyHtml, bodyText, keyEvent, embedUrl, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(id, html, html.replace(/<[^>]+>/g, ""), key, embed, at, at);
  });
  await shoot(page, `/${id}`, "live-page");
  // The notice as a reader sees it when an update arrives (shown by hand: the poll waits 10 s).
  await shoot(page, `/${id}`, "live-page-notice", async (p) => {
    await p.evaluate(() => {
      const b = document.querySelector<HTMLButtonElement>(".live-new-button");
      if (b) {
        b.textContent = "تحديثات جديدة (1) — اعرضها";
        b.hidden = false;
      }
    });
  });
  await shoot(page, `/${id}`, "embed-placeholder", async (p) => {
    await p.locator("figure.embed").first().scrollIntoViewIfNeeded();
  });
  await loginAs(page, "editor");
  await shoot(page, `/admin/articles/${id}/live`, "live-desk");
});
