import { expect, test } from "./support/test";
import { type Page } from "@playwright/test";
import { loginAs } from "./support/auth";
import { articleRow, compareRevisions, setOwner, uniq } from "./support/articles";
import { count, insertArticle, sqlDate, testDb } from "./support/db";

async function fillNewArticle(page: Page, title: string, body: string) {
  await page.goto("/admin/articles/new");
  await page.getByLabel("العنوان", { exact: true }).fill(title);
  await page.getByLabel("القسم").selectOption({ label: "سياسية" });
  await page.getByRole("textbox", { name: "نص المقال" }).click();
  await page.keyboard.type(body);
}

test("a writer drafts a piece and submits it for review, and cannot publish it", async ({ page }) => {
  const writer = await loginAs(page, "writer");
  const title = `مسودة الكاتب ${uniq()}`;
  await fillNewArticle(page, title, "نص المسودة الأولى من الكاتب.");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  const id = Number(page.url().split("/").pop());
  expect(articleRow(id)).toMatchObject({ status: "draft", title, createdById: writer.id });
  await expect(page.getByRole("button", { name: "نشر الآن" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "جدولة" })).toHaveCount(0);
  await page.getByRole("button", { name: "إرسال للمراجعة" }).click();
  await expect(page.getByText("بانتظار المراجعة").first()).toBeVisible();
  expect(articleRow(id).status).toBe("in_review");
  // Someone else's piece is out of reach.
  const other = insertArticle({ title: `مقال زميل ${uniq()}`, status: "draft" });
  await page.goto(`/admin/articles/${other}`);
  await expect(page.getByRole("heading", { name: "غير متاح" })).toBeVisible();
});

test("an editor edits a writer's piece and publishes it now; readers see it", async ({ page }) => {
  await loginAs(page, "editor");
  const title = `خبر للنشر ${uniq()}`;
  const id = insertArticle({ title, status: "in_review" });
  await page.goto("/");
  await page.goto(`/admin/articles/${id}`);
  const edited = `${title} محدث`;
  await page.getByLabel("العنوان", { exact: true }).fill(edited);
  await page.getByRole("button", { name: "نشر الآن" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("نُشر المقال.");
  expect(articleRow(id).status).toBe("published");
  expect(count("AuditLog", "action = 'article.publish' AND entityId = ?", String(id))).toBe(1);
  await page.goto(`/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: edited })).toBeVisible();
  await page.goto("/");
  await expect(page.getByText(edited).first()).toBeVisible();
});

test("a scheduled piece appears on the public pages by itself at its time", async ({ page }) => {
  await loginAs(page, "editor");
  const title = `خبر مجدول ${uniq()}`;
  const id = insertArticle({ title, status: "draft", sectionSlug: "economy" });
  await page.goto(`/admin/articles/${id}`);
  // Always in the future, whenever the suite runs: 15 January next year.
  const year = new Date().getFullYear() + 1;
  await page.getByLabel("التاريخ").fill(`${year}-01-15`);
  await page.getByLabel("الوقت").fill("09:30");
  await page.getByRole("button", { name: "جدولة" }).click();
  await expect(page.getByText(`يُنشر في 15 يناير, ${year}: 09:30 ص`)).toBeVisible();
  expect(articleRow(id)).toMatchObject({ status: "scheduled", publishAt: `${year}-01-15T06:30:00.000+00:00` });
  // Opened again, the piece shows when it goes live in its fields, and the way back is named for what it does.
  await page.reload();
  await expect(page.getByLabel("التاريخ")).toHaveValue(`${year}-01-15`);
  await expect(page.getByLabel("الوقت")).toHaveValue("09:30");
  await expect(page.getByRole("button", { name: "إلغاء الجدولة" })).toBeVisible();
  await expect(page.getByRole("button", { name: "إلغاء النشر" })).toHaveCount(0);
  // Readers' pages are cached before the time comes…
  await page.goto("/section/economy");
  await expect(page.getByText(title)).toHaveCount(0);
  await page.goto(`/${id}`);
  await expect(page.getByRole("heading", { name: "الصفحة غير موجودة" })).toBeVisible();
  // …then the time arrives (moved close instead of waiting until next year) with nobody on the site.
  testDb().prepare(`UPDATE Article SET publishAt = ? WHERE id = ?`).run(sqlDate(new Date(Date.now() + 1500)), id);
  await expect.poll(() => articleRow(id).status, { timeout: 8000 }).toBe("published");
  await expect(async () => {
    await page.goto(`/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 6000 });
  await page.goto("/section/economy");
  await expect(page.getByText(title).first()).toBeVisible();
  await page.goto("/");
  await expect(page.getByText(title).first()).toBeVisible();
});

test("a moderator cannot open the article editor", async ({ page }) => {
  await loginAs(page, "moderator");
  const id = insertArticle({ title: `مقال ${uniq()}`, status: "draft" });
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByRole("heading", { name: "غير متاح" })).toBeVisible();
  await page.goto("/admin/articles/new");
  await expect(page.getByRole("heading", { name: "غير متاح" })).toBeVisible();
  await expect(page.getByRole("link", { name: "المقالات" })).toHaveCount(0);
  await page.goto(`/admin/articles/${id}/preview`);
  await expect(page.getByRole("heading", { name: "غير متاح" })).toBeVisible();
});

test("two editors save the same piece: the second save is refused, naming who saved, and keeps its text", async ({ browser }) => {
  const id = insertArticle({ title: `سباق ${uniq()}`, status: "draft" });
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  const editorA = await loginAs(a, "editor", { name: "المحرر أحمد" });
  await loginAs(b, "editor", { name: "المحررة بان" });
  await a.goto(`/admin/articles/${id}`);
  await b.goto(`/admin/articles/${id}`);
  await a.getByLabel("العنوان", { exact: true }).fill("عنوان المحرر أحمد");
  await a.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(a.getByTestId("editor-message")).toHaveText("حُفظ المقال.");
  await b.getByLabel("العنوان", { exact: true }).fill("عنوان المحررة بان");
  await b.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(b.getByTestId("editor-message")).toContainText(`حفظ ${editorA.name} هذا المقال في`);
  await expect(b.getByLabel("العنوان", { exact: true })).toHaveValue("عنوان المحررة بان");
  expect(articleRow(id).title).toBe("عنوان المحرر أحمد");
  await ctxA.close();
  await ctxB.close();
});

test("an editor compares two revisions word by word and restores one", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `مراجعة ${uniq()}`, status: "draft" });
  await page.goto(`/admin/articles/${id}`);
  const body = page.getByRole("textbox", { name: "نص المقال" });
  await body.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("قال الوزير إن الموازنة جاهزة");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظ المقال.");
  await body.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("قال الوزير إن الموازنة تأخرت");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظ المقال.");
  const diff = await compareRevisions(page, id, 2, 3);
  await expect(diff.locator("del")).toHaveText("جاهزة");
  await expect(diff.locator("ins")).toHaveText("تأخرت");
  const before = count("ArticleRevision", "articleId = ?", id);
  await page.getByRole("button", { name: "استعادة النسخة 2" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "نعم، استعد النسخة 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "استُعيدت النسخة." })).toBeVisible();
  expect(count("ArticleRevision", "articleId = ?", id)).toBe(before + 1);
  await page.goto(`/admin/articles/${id}`);
  await expect(body).toContainText("الموازنة جاهزة");
});

test("changing a published piece's slug and section keeps the old URL working", async ({ page, request }) => {
  await loginAs(page, "editor");
  const title = `رابط قديم ${uniq()}`;
  const id = insertArticle({ title, status: "published", slug: "رابط-قديم" });
  expect((await request.get(`/${id}/${encodeURIComponent("رابط-قديم")}`, { maxRedirects: 0 })).status()).toBe(200);
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel("الرابط المختصر").fill("رابط-جديد");
  await page.getByLabel("القسم").selectOption({ label: "اقتصاد" });
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظ المقال.");
  expect(count("ArticleSlug", "articleId = ? AND slug = ?", id, "رابط-قديم")).toBe(1);
  const old = await request.get(`/${id}/${encodeURIComponent("رابط-قديم")}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(decodeURIComponent(old.headers().location ?? "")).toContain(`/${id}/رابط-جديد`);
  await page.goto(`/${id}/${encodeURIComponent("رابط-قديم")}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "مسار التنقل" })).toContainText("اقتصاد");
});

test("the staff preview shows a draft as readers will see it, and 404s for others", async ({ page, browser }) => {
  const writer = await loginAs(page, "writer");
  const title = `معاينة ${uniq()}`;
  const id = insertArticle({ title, status: "draft" });
  setOwner(id, writer.id);
  await page.goto(`/admin/articles/${id}/preview`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await loginAs(otherPage, "writer");
  const res = await otherPage.goto(`/admin/articles/${id}/preview`);
  expect(res?.status()).toBe(404);
  await other.close();
});
