import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { articleRow, compareRevisions, uniq } from "./support/articles";
import { loginAs } from "./support/auth";
import { insertArticle, testDb } from "./support/db";

// Issue 12 (6): what a writer pastes from Word or Google Docs arrives as real structure —
// headings, lists, tables — in the editor and on the reader page, phones included.

const clipboard = (name: string) => readFileSync(new URL(`../lib/articles/paste/fixtures/${name}`, import.meta.url), "utf8");

/** A real paste event carrying text/html (and plain text), as the browser sends from Word or Docs. */
async function paste(page: Page, html: string) {
  const body = page.getByRole("textbox", { name: "نص المقال" });
  await body.click();
  await page.keyboard.press("Control+A");
  await body.evaluate((el, data) => {
    const dt = new DataTransfer();
    dt.setData("text/html", data);
    dt.setData("text/plain", "نص من المستند");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
  return body;
}

const storedBody = (id: number) => (testDb().prepare("SELECT bodyHtml FROM Article WHERE id = ?").get(id) as { bodyHtml: string }).bodyHtml;

test("a Word document pasted into the editor is published with a real table, lists and headings, readable at 360 px", async ({ page }) => {
  await loginAs(page, "editor");
  const title = `نتائج من وورد ${uniq()}`;
  const id = insertArticle({ title, status: "in_review" });
  await page.goto(`/admin/articles/${id}`);
  const body = await paste(page, clipboard("word-windows-arabic.html"));
  // In the editor already: cells, list items, headings; no bullet typed as text, no Word comment.
  await expect(body.locator("table th").first()).toHaveText("المحافظة");
  await expect(body.locator("li")).toHaveCount(5);
  await expect(body.locator("h2")).toHaveText("نتائج الانتخابات المحلية في المحافظات");
  await expect(body).not.toContainText("·");
  await expect(body).not.toContainText("تحقق من الرقم");
  await page.getByRole("button", { name: "نشر الآن" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("نُشر المقال.");
  expect(storedBody(id)).not.toMatch(/style=|class=|mso|o:p/);

  await page.goto(`/${id}`);
  const article = page.locator(".article-body");
  const table = article.getByRole("region", { name: "جدول" }).getByRole("table");
  await expect(table.getByRole("columnheader", { name: "المحافظة" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("cell", { name: "ائتلاف الإعمار والتنمية" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "لم تُعلن بعد" })).toHaveAttribute("colspan", "3");
  await expect(article.getByRole("list")).toHaveCount(3); // bullets, the nested level, the numbered steps
  await expect(article.locator("ul > li > ul > li")).toHaveText("باستثناء مراكز الاقتراع الخاص");
  await expect(article.locator("ol > li")).toHaveText(["تدقيق النتائج", "المصادقة النهائية"]);
  await expect(article).not.toContainText("·");
  await expect(article.getByRole("heading", { level: 2, name: "نتائج الانتخابات المحلية في المحافظات" })).toBeVisible();
  await expect(article.getByRole("heading", { level: 3, name: "أبرز ما جاء في الإعلان" })).toBeVisible();
  await expect(article.getByRole("link", { name: "التقرير الرسمي" })).toHaveAttribute("href", "https://example.com/report");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);

  // On a phone the table scrolls inside its own box and the page stays within the screen.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  const region = page.getByRole("region", { name: "جدول" });
  await expect(region).toBeVisible();
  const sizes = await region.evaluate((el) => ({
    boxScrolls: el.scrollWidth > el.clientWidth,
    pageWidth: document.documentElement.scrollWidth,
    screen: window.innerWidth,
  }));
  expect(sizes.boxScrolls).toBe(true);
  expect(sizes.pageWidth).toBeLessThanOrEqual(sizes.screen);
  await expect(page.locator(".article-body table")).toHaveCSS("direction", "rtl");
});

test("a Google Docs document pasted into the editor keeps its lists, headings, emphasis and table", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `موازنة من مستندات جوجل ${uniq()}`, status: "in_review" });
  await page.goto(`/admin/articles/${id}`);
  await paste(page, clipboard("google-docs-arabic.html"));
  await page.getByRole("button", { name: "نشر الآن" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("نُشر المقال.");

  await page.goto(`/${id}`);
  const article = page.locator(".article-body");
  await expect(article.getByRole("heading", { level: 2, name: "موازنة العام المقبل أمام البرلمان" })).toBeVisible();
  await expect(article.getByRole("heading", { level: 4, name: "التوزيع بالأرقام" })).toBeVisible();
  await expect(article.locator("strong")).toHaveText("مشروع الموازنة");
  await expect(article.locator("em")).toHaveText("الأكبر في تاريخ البلاد");
  await expect(article.locator("ul > li > ul > li")).toHaveText("ومنها رواتب المتقاعدين");
  await expect(article.locator("ol > li")).toHaveText(["القراءة الأولى", "التصويت"]);
  const table = article.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["الباب", "المخصص", "العام الماضي", "الفرق", "ملاحظات"]);
  await expect(table.getByRole("row")).toHaveCount(3);
});

test("a table built with the toolbar is autosaved, and a changed cell reads as a word diff", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `جدول من الشريط ${uniq()}`, status: "draft" });
  await page.goto(`/admin/articles/${id}`);
  const body = page.getByRole("textbox", { name: "نص المقال" });
  await body.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("مقدمة الخبر");
  await page.getByRole("button", { name: "جدول", exact: true }).click();
  // The cursor is in the first header cell; Tab moves to the next cell.
  for (const text of ["المدينة", "الحرارة", "الرطوبة", "بغداد", "45", "20%", "أربيل", "38", "15%"]) {
    await page.keyboard.type(text);
    await page.keyboard.press("Tab");
  }
  // Tab in the last cell already added a row; the row tools remove it again.
  const tools = page.getByRole("toolbar", { name: "تحرير الجدول" });
  await tools.getByRole("button", { name: "حذف الصف" }).click();
  await body.getByText("الرطوبة").click();
  await tools.getByRole("button", { name: "عمود بعده" }).click();
  // A draft saves itself after idle typing, table and all.
  await expect.poll(() => storedBody(id), { timeout: 15_000 }).toContain("<th><p>المدينة</p></th><th><p>الحرارة</p></th><th><p>الرطوبة</p></th><th></th>");
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظت المسودة تلقائياً.");
  expect(storedBody(id).match(/<tr>/g)).toHaveLength(3);
  const first = articleRow(id).version;

  await body.getByText("45").click();
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("7");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect.poll(() => articleRow(id).version).toBeGreaterThan(first);
  const diff = await compareRevisions(page, id, first, articleRow(id).version);
  await expect(diff).toContainText("المدينة | الحرارة | الرطوبة");
  await expect(diff.locator("del")).toHaveText("45");
  await expect(diff.locator("ins")).toHaveText("47");
  await expect(diff).not.toContainText("<t");
});

test("a table on the reader page and in the editor has no serious or critical accessibility violations", async ({ page }) => {
  await loginAs(page, "editor");
  const cells = ["المحافظة", "المقاعد", "المشاركة", "القائمة المتصدرة", "ملاحظات"];
  const row = (tag: string, texts: string[]) => `<tr>${texts.map((t) => `<${tag}><p>${t}</p></${tag}>`).join("")}</tr>`;
  const bodyHtml = `<p>مقدمة</p><table><tbody>${row("th", cells)}${row("td", ["بغداد", "69", "38%", "ائتلاف الإعمار والتنمية", "النتائج أولية"])}</tbody></table>`;
  const id = insertArticle({ title: `جدول للفحص ${uniq()}`, status: "published", bodyHtml });
  const serious = async () =>
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/${id}`);
    await expect(page.getByRole("region", { name: "جدول" }).getByRole("cell", { name: "بغداد" })).toBeVisible();
    expect(await serious()).toEqual([]);
    await page.goto(`/admin/articles/${id}`);
    await page.getByRole("textbox", { name: "نص المقال" }).getByText("بغداد").click();
    await expect(page.getByRole("toolbar", { name: "تحرير الجدول" })).toBeVisible();
    expect(await serious()).toEqual([]);
  }
});
