import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { uniq } from "../support/articles";
import { loginAs } from "../support/auth";
import { insertArticle, testDb } from "../support/db";

// docs/screenshots/editor/*.png: the editor's presence notice, tag suggestions, bylines, word
// count and previews; a version conflict; the unpublish confirmation; the revisions page's
// confirmation without JavaScript — at a phone width and a desktop width, checked for sideways
// overflow first (issue 12.4, 12.7, 12.8).

const WIDTHS = [360, 1366] as const;
const OUT = "docs/screenshots/editor";

async function shoot(page: Page, name: string, fullPage = true) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage });
  }
}

test("editor screens at 360 px and 1366 px", async ({ browser }) => {
  test.setTimeout(180_000);
  const now = new Date().toISOString().replace("Z", "+00:00");
  testDb().prepare(`INSERT OR IGNORE INTO Tag (slug, name, createdAt) VALUES ('elections-shot', 'الانتخابات النيابية', ?)`).run(now);
  const id = insertArticle({
    title: "البرلمان يناقش الموازنة العامة في جلسة مسائية",
    status: "published",
    bodyHtml: "<p>ناقش مجلس النواب مساء اليوم مشروع قانون الموازنة العامة للعام المقبل، وسط خلافات حول حصص المحافظات.</p><p>وقال رئيس اللجنة المالية إن التصويت قد يؤجل إلى الأسبوع المقبل.</p>",
  });
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await loginAs(a, "editor", { name: "سارة الموسوي" });
  await loginAs(b, "editor", { name: "علي الجبوري" });
  await a.goto(`/admin/articles/${id}`);
  await b.goto(`/admin/articles/${id}`);
  await expect(b.getByTestId("editor-presence")).toBeVisible();
  await b.getByLabel("عنوان محركات البحث").fill("الموازنة العامة أمام البرلمان");
  await b.getByRole("combobox", { name: "الوسوم" }).fill("الإنتخابات");
  await expect(b.getByRole("option", { name: "الانتخابات النيابية" })).toBeVisible();
  await shoot(b, "editor-presence-tags");

  await b.getByRole("combobox", { name: "الوسوم" }).press("Enter");
  await a.getByLabel("العنوان", { exact: true }).fill("البرلمان يؤجل التصويت على الموازنة");
  await a.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(a.getByTestId("editor-message")).toHaveText("حُفظ المقال.");
  await b.getByLabel("العنوان", { exact: true }).fill("البرلمان يقر الموازنة العامة في جلسة مسائية");
  await b.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(b.getByTestId("conflict-panel")).toBeVisible();
  await shoot(b, "editor-conflict", false);

  await a.reload();
  await a.getByRole("button", { name: "إلغاء النشر" }).click();
  await expect(a.getByRole("dialog")).toBeVisible();
  await shoot(a, "editor-unpublish-confirm", false);

  const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await loginAs(noJs, "editor");
  const rev = testDb().prepare(`SELECT id FROM ArticleRevision WHERE articleId = ? ORDER BY version LIMIT 1`).get(id) as { id: number } | undefined;
  await noJs.goto(`/admin/articles/${id}/revisions${rev ? `?restore=${rev.id}` : ""}`);
  await shoot(noJs, "revisions-restore-confirm-nojs");
  void uniq;
});
