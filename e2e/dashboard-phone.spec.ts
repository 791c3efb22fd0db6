import { expect, test } from "./support/test";
import { loginAs } from "./support/auth";
import { dashboardScreens } from "./support/dashboard-screens";
import { compareRevisions, saveInEditor, uniq } from "./support/articles";
import { insertArticle } from "./support/db";

// Issue 12 (1, 2): the dashboard is used from phones at night. Every screen fits 360 px
// without sideways scrolling, the menu folds away, tables read as lists, and the editor's
// action bar stays in reach.

const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("no dashboard screen is wider than the phone", async ({ page }) => {
    await loginAs(page, "admin");
    const screens = dashboardScreens();
    const wide: string[] = [];
    for (const path of screens) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      const extra = await page.evaluate(overflow);
      if (extra > 0) wide.push(`${path}: ${extra}px too wide`);
    }
    expect(wide).toEqual([]);
  });

  test("the menu folds away and opens on a tap; after choosing, the next page is not hidden", async ({ page }) => {
    await loginAs(page, "editor");
    await page.goto("/admin");
    const nav = page.getByRole("navigation", { name: "قائمة لوحة التحكم" });
    const link = nav.getByRole("link", { name: "المقالات", exact: true });
    await expect(link).toBeHidden();
    await nav.getByText("القائمة").click();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/admin\/articles$/);
    await expect(link).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  });

  test("the article list reads as a list of cards with named fields", async ({ page }) => {
    await loginAs(page, "editor");
    await page.goto("/admin/articles");
    const firstRow = page.locator(".table tbody tr").first();
    const box = await firstRow.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    await expect(firstRow.locator('td[data-label="القسم"]')).toBeVisible();
  });

  test("the editor's save button stays on screen while writing a long piece", async ({ page }) => {
    await loginAs(page, "editor");
    const id = insertArticle({ title: `مسودة ${uniq()}`, status: "draft", bodyHtml: "<p>فقرة</p>".repeat(60) });
    await page.goto(`/admin/articles/${id}`);
    await page.getByRole("textbox", { name: "نص المقال" }).click();
    await page.keyboard.press("Control+End");
    await page.mouse.wheel(0, 3000);
    await expect(page.getByRole("button", { name: "حفظ", exact: true })).toBeInViewport();
  });
});

test.describe("at 1366 px", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test("the menu is open beside the content without a tap", async ({ page }) => {
    await loginAs(page, "editor");
    await page.goto("/admin");
    const nav = page.getByRole("navigation", { name: "قائمة لوحة التحكم" });
    await expect(nav.getByRole("link", { name: "المقالات", exact: true })).toBeVisible();
    await expect(nav.getByText("القائمة")).toBeHidden();
  });

  test("revisions compare every changed field by whole Arabic words, before and after side by side", async ({ page }) => {
    await loginAs(page, "editor");
    const id = insertArticle({ title: `المرحلة الأولى للعام الدراسي ${uniq()}`, status: "draft", sectionSlug: "politics" });
    await page.goto(`/admin/articles/${id}`);
    const title = page.getByLabel("العنوان", { exact: true });
    const original = await title.inputValue();
    await saveInEditor(page);
    await title.fill(original.replace("المرحلة الأولى للعام الدراسي", "مراحل الدراسة المنتهية"));
    await page.getByLabel("سطر المكان").fill("البصرة");
    await page.getByLabel("القسم").selectOption({ label: "اقتصاد" });
    await saveInEditor(page);
    const diff = await compareRevisions(page, id, 2, 3);
    const titleChange = diff.getByRole("region", { name: "العنوان", exact: true });
    await expect(titleChange.locator("del")).toHaveText("المرحلة الأولى للعام الدراسي");
    await expect(titleChange.locator("ins")).toHaveText("مراحل الدراسة المنتهية");
    await expect(diff.getByRole("region", { name: "سطر المكان" }).locator("ins")).toHaveText("البصرة");
    await expect(diff.getByRole("region", { name: "القسم" })).toContainText("سياسية");
    await expect(diff.getByRole("region", { name: "القسم" }).locator("ins")).toHaveText("اقتصاد");
    // side by side: the earlier text sits beside the later one
    const [before, after] = await Promise.all([titleChange.locator(".diff-before").boundingBox(), titleChange.locator(".diff-after").boundingBox()]);
    expect(Math.abs(before!.y - after!.y)).toBeLessThan(2);
    await page.setViewportSize({ width: 360, height: 740 });
    const [b2, a2] = await Promise.all([titleChange.locator(".diff-before").boundingBox(), titleChange.locator(".diff-after").boundingBox()]);
    expect(a2!.y).toBeGreaterThan(b2!.y + b2!.height - 1);
  });
});
