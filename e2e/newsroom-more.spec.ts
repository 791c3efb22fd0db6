import { expect, test } from "./support/test";
import sharp from "sharp";
import { createUser, loginAs } from "./support/auth";
import { articleRow, setOwner, uniq } from "./support/articles";
import { count, insertArticle, testDb } from "./support/db";
import { E2E_BASE_URL } from "./support/env";

test("drafts autosave after idle typing into one revision, and leaving with unsaved changes asks first", async ({ page }) => {
  const writer = await loginAs(page, "writer");
  const id = insertArticle({ title: `حفظ تلقائي ${uniq()}`, status: "draft" });
  setOwner(id, writer.id);
  await page.goto(`/admin/articles/${id}`);
  const body = page.getByRole("textbox", { name: "نص المقال" });
  await body.click();
  await page.keyboard.type(" جملة أولى");
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظت المسودة تلقائياً.", { timeout: 10_000 });
  const v1 = articleRow(id).version;
  await body.click();
  await page.keyboard.type(" وجملة ثانية");
  await expect.poll(() => articleRow(id).version, { timeout: 10_000 }).toBeGreaterThan(v1);
  expect(count("ArticleRevision", "articleId = ? AND kind = 'autosave'", id)).toBe(1);
  await page.reload();
  await expect(body).toContainText("وجملة ثانية");

  await body.click();
  await page.keyboard.type(" لم تُحفظ");
  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe("beforeunload");
  // Answer the prompt ("leave"), or the open dialog keeps the browser context from closing.
  await asked.accept();
});

test("featured images: non-images are refused with a clear message; alt text is required before publishing", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `صورة ${uniq()}`, status: "draft" });
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel("الصورة الرئيسية").setInputFiles({ name: "fake.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not an image at all") });
  await expect(page.getByRole("alert").filter({ hasText: "الملف ليس صورة" })).toBeVisible();
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#336699" } }).png().toBuffer();
  await page.getByLabel("الصورة الرئيسية").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("button", { name: "إزالة الصورة" })).toBeVisible();
  await page.getByRole("button", { name: "نشر الآن" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("النص البديل للصورة مطلوب قبل النشر.");
  expect(articleRow(id).status).toBe("draft");
  await page.getByLabel("النص البديل للصورة").fill("مبنى البرلمان");
  await page.getByRole("button", { name: "نشر الآن" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("نُشر المقال.");
  await page.goto(`/${id}`);
  await expect(page.getByRole("img", { name: "مبنى البرلمان" })).toBeVisible();
});

test("an admin creates a staff account with a one-time password, deactivates another, and sees both in the audit log", async ({ page }) => {
  await loginAs(page, "admin");
  const victim = await createUser("writer");
  await page.goto("/admin/staff");
  await page.getByText("حساب بكلمة مرور مؤقتة").click();
  const form = page.getByRole("form", { name: "حساب جديد" });
  const email = `new-${uniq()}@e2e.midad.local`;
  await form.getByLabel("الاسم").fill("صحفي جديد");
  await form.getByLabel("البريد الإلكتروني").fill(email);
  await form.getByLabel("الدور").selectOption({ label: "كاتب" });
  await form.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(form.getByText("كلمة المرور المؤقتة")).toBeVisible();
  expect(count("User", "email = ? AND mustChangePassword = 1", email)).toBe(1);
  // The new account is in the list at once, without a reload.
  await expect(page.getByRole("row").filter({ hasText: email })).toBeVisible();
  const state = page.getByRole("form", { name: `حالة ${victim.name}` });
  await state.getByRole("button", { name: "تعطيل" }).click();
  await expect(page.getByRole("status").filter({ hasText: "عُطّل الحساب." })).toBeVisible();
  expect(count("User", "id = ? AND active = 0", victim.id)).toBe(1);
  // …and the row says what is true now: disabled, with the button that turns it back on.
  const row = page.getByRole("row").filter({ hasText: victim.email });
  await expect(row.getByRole("cell", { name: /معطّل/ })).toBeVisible();
  await expect(row.getByRole("button", { name: "تفعيل" })).toBeVisible();
  await expect(row.getByRole("button", { name: "تعطيل" })).toHaveCount(0);
  await page.goto("/admin/audit?kind=staff.deactivate");
  await expect(page.locator(".audit-sentence").filter({ hasText: `عطّل حساب ${victim.name}` })).toHaveCount(1);
  await page.goto("/admin/audit?kind=staff.create");
  await expect(page.locator(".audit-sentence").filter({ hasText: "أنشأ حساب صحفي جديد بدور كاتب" }).first()).toBeVisible();
});

test("an editor adds a section that then exists for pieces", async ({ page }) => {
  await loginAs(page, "editor");
  const slug = `sec-${uniq()}`;
  await page.goto("/admin/sections");
  const form = page.getByRole("form", { name: "قسم جديد" });
  await form.getByLabel("الاسم").fill(`قسم ${slug}`);
  await form.getByLabel("الرابط المختصر").fill(slug);
  await form.getByLabel("الترتيب").fill("50");
  await form.getByRole("button", { name: "إضافة" }).click();
  await expect(form.getByRole("status")).toHaveText("أُضيف القسم.");
  expect(count("Section", "slug = ?", slug)).toBe(1);
});

test("the body editor inserts a library image with its caption, and pasted Word styling is dropped", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `شكل ${uniq()}`, status: "draft" });
  // A library picture of this test's own (the demo ones are shared), with its description and caption.
  const name = `mutanabbi-${uniq()}.jpg`;
  const bytes = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: Date.now() % 250, g: 120, b: 40 } } }).jpeg().toBuffer();
  const up = await page.request.post("/api/admin/media", { multipart: { file: { name, mimeType: "image/jpeg", buffer: bytes } }, headers: { origin: E2E_BASE_URL } });
  const { id: mediaId, url } = (await up.json()) as { id: number; url: string };
  testDb().prepare(`UPDATE Media SET alt = 'سوق الكتب', caption = 'شارع المتنبي صباح الجمعة' WHERE id = ?`).run(mediaId);
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("textbox", { name: "نص المقال" }).click();
  // Paste as Word does: styled spans and classes.
  await page.getByRole("textbox", { name: "نص المقال" }).evaluate((el) => {
    const data = new DataTransfer();
    data.setData("text/html", `<p class="MsoNormal" style="color:red"><span style="font-family:Arial"><b>فقرة</b> ملصقة</span></p><h2 style="font-size:30px">عنوان ملصق</h2>`);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.getByRole("toolbar", { name: "تنسيق النص" }).getByRole("button", { name: "صورة من المكتبة" }).click();
  const picker = page.getByRole("dialog", { name: "أدرج صورة من المكتبة في النص" });
  await picker.getByRole("searchbox").fill(name);
  await picker.getByRole("searchbox").press("Enter");
  await picker.getByRole("button", { name: "اختر: شارع المتنبي صباح الجمعة" }).click();
  await expect(page.getByRole("textbox", { name: "نص المقال" }).locator("figcaption")).toHaveText("شارع المتنبي صباح الجمعة");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظ المقال.");
  const html = (testDb().prepare(`SELECT bodyHtml FROM Article WHERE id = ?`).get(id) as { bodyHtml: string }).bodyHtml;
  expect(html).toContain(`<figure><img src="${url}" alt="سوق الكتب" /><figcaption>شارع المتنبي صباح الجمعة</figcaption></figure>`);
  expect(html).toContain("<strong>فقرة</strong> ملصقة");
  // A pasted H2 is one level down, as every pasted heading (the title is the page's h1: decision 155).
  expect(html).toContain("<h3>عنوان ملصق</h3>");
  expect(html).not.toMatch(/style=|class=|Mso/);
});

test("an editor adds a columnist with a photo and a column name", async ({ page }) => {
  await loginAs(page, "editor");
  const slug = `col-${uniq()}`;
  await page.goto("/admin/authors");
  const form = page.getByRole("form", { name: "كاتب جديد" });
  await form.getByLabel("الاسم").fill("كاتب عمود");
  await form.getByLabel("الرابط المختصر").fill(slug);
  await form.getByLabel("اسم العمود").fill("العمود الثامن");
  const jpg = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#884422" } }).jpeg().toBuffer();
  await form.getByLabel("الصورة").setInputFiles({ name: "face.jpg", mimeType: "image/jpeg", buffer: jpg });
  await expect(form.getByRole("button", { name: "إزالة الصورة" })).toBeVisible();
  await form.getByRole("button", { name: "إضافة" }).click();
  await expect(form.getByRole("status")).toHaveText("أُضيف الكاتب.");
  expect(count("Author", "slug = ? AND columnName = 'العمود الثامن' AND photoId IS NOT NULL", slug)).toBe(1);
});

test("a writer's article list shows only their own pieces", async ({ page }) => {
  const writer = await loginAs(page, "writer");
  const mine = insertArticle({ title: `لي ${uniq()}`, status: "draft" });
  setOwner(mine, writer.id);
  const theirs = insertArticle({ title: `لغيري ${uniq()}`, status: "draft" });
  await page.goto("/admin/articles");
  await expect(page.getByRole("link", { name: articleRow(mine).title })).toBeVisible();
  await expect(page.getByRole("link", { name: articleRow(theirs).title })).toHaveCount(0);
});

test("a writer's dashboard links only to what the writer may open", async ({ page }) => {
  const other = await createUser("writer");
  const mine = insertArticle({ title: `مسودتي ${uniq()}`, status: "draft" });
  const theirsScheduled = insertArticle({ title: `مجدولة لغيري ${uniq()}`, status: "scheduled", publishAt: new Date(Date.now() + 86_400_000) });
  const theirsPublished = insertArticle({ title: `منشورة لغيري ${uniq()}`, status: "published" });
  setOwner(theirsScheduled, other.id);
  setOwner(theirsPublished, other.id);
  const me = await loginAs(page, "writer");
  setOwner(mine, me.id);
  await page.goto("/admin");
  const title = (id: number) => articleRow(id).title as string;
  await expect(page.getByRole("link", { name: title(mine) })).toHaveAttribute("href", `/admin/articles/${mine}`);
  // Someone else's scheduled piece: listed, not a link the writer would be refused at.
  await expect(page.getByText(title(theirsScheduled))).toBeVisible();
  await expect(page.getByRole("link", { name: title(theirsScheduled) })).toHaveCount(0);
  // Someone else's published piece opens where readers read it.
  const published = page.getByRole("link", { name: title(theirsPublished) });
  await expect(published).not.toHaveAttribute("href", /\/admin\//);
  await published.click();
  await expect(page.getByRole("heading", { level: 1, name: title(theirsPublished) })).toBeVisible();
});
