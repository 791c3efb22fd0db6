import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { loginAs } from "../support/auth";
import { insertArticle, sqlDate, testDb } from "../support/db";

// docs/screenshots/corrections/*.png: /corrections, a piece with a correction at its end and an
// edited one at its start, the piece's corrections screen and the desk's statistics, at a phone
// width and a desktop width. Each page is checked for sideways overflow before the shot.

const OUT = "docs/screenshots/corrections";

async function shoot(page: Page, path: string, name: string) {
  for (const width of [360, 1366]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
  }
}

test("corrections and statistics", async ({ page, browser }) => {
  test.slow();
  const db = testDb();
  const id = insertArticle({ title: "البرلمان يؤجل جلسة التصويت على الموازنة إلى الأسبوع المقبل", publishedAt: new Date(Date.now() - 5 * 3600_000), bodyHtml: "<p>قرر مجلس النواب تأجيل جلسة التصويت على مشروع قانون الموازنة العامة إلى الأسبوع المقبل، بعد خلاف على حصص المحافظات.</p><p>وقال نواب إن اللجنة المالية تحتاج وقتاً إضافياً لمراجعة الجداول.</p>" });
  const at = (h: number) => sqlDate(new Date(Date.now() - h * 3600_000));
  const add = (text: string, placement: string, created: number, edited: number | null) => {
    const c = Number(db.prepare(`INSERT INTO Correction (articleId, text, placement, createdAt, editedAt) VALUES (?, ?, ?, ?, ?)`).run(id, text, placement, at(created), edited == null ? null : at(edited)).lastInsertRowid);
    db.prepare(`INSERT INTO CorrectionRevision (correctionId, text, placement, createdAt) VALUES (?, ?, ?, ?)`).run(c, text, placement, at(created));
  };
  add("ورد في نسخة سابقة من هذا الخبر أن الجلسة أُجّلت إلى يوم الثلاثاء، والصحيح أنها أُجّلت إلى يوم الأربعاء.", "end", 3, null);
  add("نُسب في نسخة سابقة تصريح إلى رئيس اللجنة المالية، والصحيح أنه لنائبه.", "start", 2, 1);
  db.prepare(`UPDATE Article SET contentUpdatedAt = ? WHERE id = ?`).run(at(1), id);
  const day = (back: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baghdad" }).format(new Date(Date.now() - back * 24 * 3600_000));
  for (let back = 0; back < 30; back++) db.prepare(`INSERT INTO ArticleViewDay (articleId, day, count) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`).run(id, day(back), 40 + Math.round(30 * Math.sin(back / 3)) + (back % 7 === 0 ? 60 : 0));

  const reader = await browser.newContext();
  const rp = await reader.newPage();
  await shoot(rp, "/corrections", "corrections-page");
  await shoot(rp, `/${id}`, "article-with-corrections");
  await reader.close();

  await loginAs(page, "editor");
  await shoot(page, `/admin/articles/${id}/corrections`, "admin-corrections");
  await shoot(page, "/admin/corrections", "admin-corrections-list");
  await shoot(page, "/admin/stats", "admin-stats");
  await shoot(page, `/admin/stats/${id}`, "admin-stats-piece");
});
