import { expect, test } from "./support/test";
import { articleRow, uniq } from "./support/articles";
import { loginAs } from "./support/auth";
import { count, testDb } from "./support/db";

// Issue 12 (3): nothing a writer types is lost — not before the first save, not during a
// save, not when the tab or the browser dies.

test("a new piece is saved as a draft by itself after idle typing, once", async ({ page }) => {
  const writer = await loginAs(page, "writer");
  const title = `خبر لم يُحفظ يدوياً ${uniq()}`;
  const before = count("Article", "createdById = ?", writer.id);
  await page.goto("/admin/articles/new");
  await page.getByLabel("العنوان", { exact: true }).fill(title);
  await page.getByRole("textbox", { name: "نص المقال" }).click();
  await page.keyboard.type("الفقرة الأولى من الخبر.");
  // No button pressed: after a few idle seconds the draft exists on the server.
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/, { timeout: 15_000 });
  await expect(page.getByTestId("editor-message")).toHaveText("أُنشئ المقال.");
  const id = Number(page.url().split("/").pop());
  expect(articleRow(id)).toMatchObject({ title, status: "draft", createdById: writer.id });
  // More typing goes into the same piece, never a second one.
  await page.keyboard.type(" وفقرة ثانية.");
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظت المسودة تلقائياً.", { timeout: 15_000 });
  expect(count("Article", "createdById = ?", writer.id)).toBe(before + 1);
  await expect.poll(() => (testDb().prepare("SELECT bodyHtml FROM Article WHERE id = ?").get(id) as { bodyHtml: string }).bodyHtml).toContain("وفقرة ثانية.");
});

test("text typed while a save is on its way stays unsaved until it is saved", async ({ page }) => {
  await loginAs(page, "editor");
  await page.goto("/admin/articles/new");
  await page.getByLabel("العنوان", { exact: true }).fill(`سباق الحفظ ${uniq()}`);
  // Slow the save down so typing happens while it is in flight.
  await page.route("**/admin/articles/**", async (route) => {
    if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.getByLabel("العنوان التمهيدي").fill("خاص");
  await expect(page.getByTestId("editor-message")).toHaveText("جارٍ الحفظ…");
  await expect(page.getByTestId("editor-message")).toHaveText("تغييرات غير محفوظة", { timeout: 15_000 });
});

test("after a crash the unsaved text is offered back and can be restored", async ({ page, context }) => {
  await loginAs(page, "editor");
  const title = `نص قبل الانهيار ${uniq()}`;
  await page.goto("/admin/articles/new");
  // The server is unreachable: nothing can be saved there.
  await context.setOffline(true);
  await page.getByLabel("العنوان", { exact: true }).fill(title);
  await page.getByRole("textbox", { name: "نص المقال" }).click();
  await page.keyboard.type("سطر لا يجوز أن يضيع.");
  await page.waitForTimeout(800); // the local copy is written shortly after typing stops
  await context.setOffline(false);
  // The tab dies without a word (no unload handlers run).
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto("/admin/articles/new");
  const offer = again.getByTestId("editor-recovery");
  await expect(offer).toBeVisible();
  await offer.getByRole("button", { name: "استعادة النص غير المحفوظ" }).click();
  await expect(again.getByLabel("العنوان", { exact: true })).toHaveValue(title);
  await expect(again.getByRole("textbox", { name: "نص المقال" })).toContainText("سطر لا يجوز أن يضيع.");
  await again.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(again).toHaveURL(/\/admin\/articles\/\d+$/);
  expect(articleRow(Number(again.url().split("/").pop())).title).toBe(title);
  // Once saved, the offer is gone.
  await again.goto("/admin/articles/new");
  await expect(again.getByTestId("editor-recovery")).toHaveCount(0);
});
