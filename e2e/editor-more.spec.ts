import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { articleRow, uniq } from "./support/articles";
import { loginAs } from "./support/auth";
import { count, insertArticle, testDb } from "./support/db";

// Issue 12 (4, 7, 8): the editor tells people what they need where they are — who else is in
// the piece, what the latest saved version says after a conflict, that a save worked — and
// helps instead of fighting: tags from the existing ones, bylines by tapping, word counts,
// previews, and no one-click unpublishing.

test("two people open the same piece: each sees that the other is editing it", async ({ browser }) => {
  const id = insertArticle({ title: `حضور ${uniq()}`, status: "draft" });
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  const editorA = await loginAs(a, "editor", { name: "المحرر سامر" });
  const editorB = await loginAs(b, "editor", { name: "المحررة ليلى" });
  await a.goto(`/admin/articles/${id}`);
  await b.goto(`/admin/articles/${id}`);
  await expect(b.getByTestId("editor-presence")).toContainText(`يحرّر هذه القطعة الآن: ${editorA.name}`);
  // The first one learns it at the next heartbeat (every few seconds).
  await expect(a.getByTestId("editor-presence")).toContainText(editorB.name, { timeout: 15_000 });
  await ctxA.close();
  await ctxB.close();
});

test("a conflict shows the latest version beside the typed text, offers it, and keeps the typed text", async ({ browser }) => {
  const id = insertArticle({ title: `تعارض ${uniq()}`, status: "draft" });
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  await loginAs(a, "editor", { name: "المحرر كريم" });
  await loginAs(b, "editor", { name: "المحررة هدى" });
  await a.goto(`/admin/articles/${id}`);
  await b.goto(`/admin/articles/${id}`);
  await a.getByLabel("العنوان", { exact: true }).fill("وصول الوفد إلى البصرة");
  await a.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(a.getByTestId("editor-message")).toHaveText("حُفظ المقال.");

  await b.getByLabel("العنوان", { exact: true }).fill("تأجيل وصول الوفد");
  await b.getByRole("button", { name: "حفظ", exact: true }).click();
  const panel = b.getByTestId("conflict-panel");
  await expect(panel).toBeInViewport();
  const title = panel.locator('[data-field="title"]');
  await expect(title.locator(".diff-before")).toContainText("أحدث نسخة محفوظة");
  await expect(title.locator(".diff-before")).toContainText("البصرة");
  await expect(title.locator(".diff-after")).toContainText("نصك");
  await expect(title.locator(".diff-after ins")).toContainText("تأجيل");
  await expect(b.getByLabel("العنوان", { exact: true })).toHaveValue("تأجيل وصول الوفد");

  await panel.getByRole("button", { name: "افتح أحدث نسخة" }).click();
  await expect(b.getByLabel("العنوان", { exact: true })).toHaveValue("وصول الوفد إلى البصرة");
  // Nothing is retyped: the text is still in this browser, offered back.
  await b.getByTestId("editor-recovery").getByRole("button", { name: "استعادة النص غير المحفوظ" }).click();
  await expect(b.getByLabel("العنوان", { exact: true })).toHaveValue("تأجيل وصول الوفد");
  await b.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(b.getByTestId("editor-message")).toHaveText("حُفظ المقال.");
  expect(articleRow(id).title).toBe("تأجيل وصول الوفد");
  await ctxA.close();
  await ctxB.close();
});

test("tags: another spelling picks the existing tag; a new tag only by choosing to create it", async ({ page }) => {
  await loginAs(page, "editor");
  const u = uniq();
  const now = new Date().toISOString().replace("Z", "+00:00");
  const existing = `الانتخابات ${u}`;
  const tagId = Number(testDb().prepare(`INSERT INTO Tag (slug, name, createdAt) VALUES (?, ?, ?)`).run(`elections-${u}`, existing, now).lastInsertRowid);
  const id = insertArticle({ title: `وسوم ${u}`, status: "draft" });
  await page.goto(`/admin/articles/${id}`);
  const field = page.getByRole("combobox", { name: "الوسوم" });
  await field.fill(`الإنتخابات ${u}`);
  await expect(page.getByRole("option", { name: existing })).toBeVisible();
  await field.press("Enter");
  await expect(page.locator(".tag-chips li", { hasText: existing })).toBeVisible();

  // A name no tag has: Enter alone does not make one…
  await field.fill(`وسم جديد ${u}`);
  await field.press("Enter");
  await expect(page.locator(".tag-chips li", { hasText: `وسم جديد ${u}` })).toHaveCount(0);
  await expect(page.getByText("لا وسم بهذا الاسم")).toBeVisible();
  // …choosing «إنشاء وسم جديد» does.
  await page.getByRole("option", { name: `إنشاء وسم جديد: «وسم جديد ${u}»` }).click();
  await expect(page.locator(".tag-chips li", { hasText: `وسم جديد ${u}` })).toBeVisible();

  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظ المقال.");
  expect(count("ArticleTag", "articleId = ? AND tagId = ?", id, tagId)).toBe(1);
  expect(count("Tag", "name = ?", `الإنتخابات ${u}`)).toBe(0);
  expect(count("Tag", "name = ?", `وسم جديد ${u}`)).toBe(1);
});

test("bylines are chosen by clicking names, in the order chosen", async ({ page }) => {
  await loginAs(page, "editor");
  const u = uniq();
  const now = new Date().toISOString().replace("Z", "+00:00");
  const author = (name: string) => Number(testDb().prepare(`INSERT INTO Author (slug, name, createdAt, updatedAt) VALUES (?, ?, ?, ?)`).run(`by-${name.length}-${u}`, name, now, now).lastInsertRowid);
  const first = author(`مراسل البصرة ${u}`);
  const second = author(`محرر الديسك ${u}`);
  const id = insertArticle({ title: `كتّاب ${u}`, status: "draft" });
  await page.goto(`/admin/articles/${id}`);
  await page.getByText(`مراسل البصرة ${u}`).click();
  await page.getByText(`محرر الديسك ${u}`).click();
  await expect(page.getByRole("checkbox", { name: `مراسل البصرة ${u}` })).toBeChecked();
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظ المقال.");
  const rows = testDb().prepare(`SELECT authorId FROM ArticleAuthor WHERE articleId = ? ORDER BY position`).all(id) as { authorId: number }[];
  expect(rows.map((r) => r.authorId)).toEqual([first, second]);
});

test("the success message shows at the Save button of a long piece, with the word count and reading time", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await loginAs(page, "editor");
  const paragraph = "قال الوزير إن الموازنة جاهزة للتصويت في جلسة الغد.";
  const id = insertArticle({ title: `طويل ${uniq()}`, status: "draft", bodyHtml: Array(60).fill(`<p>${paragraph}</p>`).join("") });
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByTestId("word-count")).toHaveText("540 كلمة · قراءة في 3 دقائق");
  await page.getByLabel("العنوان التمهيدي").fill("خاص");
  const save = page.getByRole("button", { name: "حفظ", exact: true });
  await save.scrollIntoViewIfNeeded();
  await save.click();
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظ المقال.");
  await expect(page.getByTestId("editor-message")).toBeInViewport();
});

test("the search and share preview follows the title and description, with length advice", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `معاينة ${uniq()}`, status: "draft" });
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel("عنوان محركات البحث").fill("الموازنة العامة تصل إلى البرلمان");
  const preview = page.getByTestId("seo-preview");
  await expect(preview.locator(".serp-title")).toHaveText("الموازنة العامة تصل إلى البرلمان");
  await expect(preview.locator(".share-title")).toHaveText("الموازنة العامة تصل إلى البرلمان");
  await page.getByLabel("وصف محركات البحث").fill("و".repeat(200));
  await expect(page.getByText("200 / 160: أطول من المقترح، سيُقطع في نتائج البحث.")).toBeVisible();
});

test("unpublishing asks first; stepping back keeps the piece published", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `منشور ${uniq()}`, status: "published" });
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("button", { name: "إلغاء النشر" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("سيختفي المقال عن القرّاء");
  await dialog.getByRole("button", { name: "تراجع" }).click();
  await expect(dialog).toBeHidden();
  expect(articleRow(id).status).toBe("published");
  await page.getByRole("button", { name: "أرشفة" }).click();
  await page.getByRole("dialog").filter({ hasText: "الأرشيف" }).getByRole("button", { name: "تراجع" }).click();
  expect(articleRow(id).status).toBe("published");
  await page.getByRole("button", { name: "إلغاء النشر" }).click();
  await page.getByRole("dialog").filter({ hasText: "سيختفي المقال عن القرّاء فوراً" }).getByRole("button", { name: "نعم، ألغِ النشر" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("أُلغي نشر المقال وعاد مسودة.");
  expect(articleRow(id).status).toBe("draft");
});

test("restoring without JavaScript still takes a second, explicit step", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await loginAs(page, "editor");
  const id = insertArticle({ title: `استعادة بلا سكربت ${uniq()}`, status: "draft" });
  const now = new Date().toISOString().replace("Z", "+00:00");
  const snap = JSON.stringify({ title: "عنوان قديم", slug: "", kicker: null, excerpt: null, dateline: null, sectionId: 1, supplementId: null, tagNames: [], authorIds: [], imageId: null, imageCaption: null, imageAlt: null, breaking: false, commentsOpen: true, seoTitle: null, seoDescription: null, bodyText: "قديم" });
  testDb().prepare(`INSERT INTO ArticleRevision (articleId, version, kind, title, bodyHtml, snapshot, createdAt) VALUES (?, 1, 'save', 'عنوان قديم', '<p>قديم</p>', ?, ?)`).run(id, snap, now);
  await page.goto(`/admin/articles/${id}/revisions`);
  await page.getByRole("link", { name: "استعادة النسخة 1" }).click();
  expect(articleRow(id).title).not.toBe("عنوان قديم");
  await page.getByRole("button", { name: "نعم، استعد النسخة 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "استُعيدت النسخة." })).toBeVisible();
  expect(articleRow(id).title).toBe("عنوان قديم");
  await ctx.close();
});

test("the image picker speaks Arabic, is reachable by keyboard and names the chosen file", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `صورة ${uniq()}`, status: "draft" });
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByText("اختر صورة…")).toBeVisible();
  await expect(page.getByText("لم يُختر ملف")).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await page.getByText("اختر صورة…").click();
  await (await chooser).setFiles({ name: "صورة-الوفد.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not an image") });
  await expect(page.getByText("الملف المختار: صورة-الوفد.jpg")).toBeVisible();
  await page.getByLabel("الصورة الرئيسية").focus();
  await expect(page.getByLabel("الصورة الرئيسية")).toBeFocused();
});

test("taking back a scheduled piece is «إلغاء الجدولة», asked first, and never called unpublishing", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `مجدول ${uniq()}`, status: "scheduled", publishAt: new Date(Date.now() + 86_400_000) });
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByRole("button", { name: "إلغاء النشر" })).toHaveCount(0);
  await page.getByRole("button", { name: "إلغاء الجدولة" }).click();
  await page.getByRole("dialog").filter({ hasText: "لن يُنشر في الموعد المحدد" }).getByRole("button", { name: "نعم، ألغِ الجدولة" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("أُلغيت الجدولة وعاد المقال مسودة.");
  expect(articleRow(id).status).toBe("draft");
});

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const width of [390, 1366]) {
  test(`at ${width} px the editor's new parts (presence, tag suggestions, bylines, previews, the confirmation dialog) have no serious axe violations`, async ({ browser }) => {
    const id = insertArticle({ title: `فحص ${uniq()}`, status: "published" });
    const ctxA = await browser.newContext({ viewport: { width, height: 800 } });
    const ctxB = await browser.newContext({ viewport: { width, height: 800 } });
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    await loginAs(a, "editor");
    await loginAs(b, "editor");
    await a.goto(`/admin/articles/${id}`);
    await b.goto(`/admin/articles/${id}`);
    await expect(b.getByTestId("editor-presence")).toBeVisible();
    await b.getByRole("combobox", { name: "الوسوم" }).fill("وسم");
    expect(await seriousViolations(b)).toEqual([]);
    await b.getByRole("button", { name: "إلغاء النشر" }).click();
    await expect(b.getByRole("dialog")).toBeVisible();
    expect(await seriousViolations(b)).toEqual([]);
    await ctxA.close();
    await ctxB.close();
  });
}
