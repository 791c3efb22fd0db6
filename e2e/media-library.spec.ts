import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { expect, test } from "./support/test";
import { action, callAction } from "./support/actions";
import { loginAs } from "./support/auth";
import { articleRow, saveInEditor, uniq } from "./support/articles";
import { insertArticle, testDb } from "./support/db";
import { serverEnv } from "./support/env";

// Issue 15, "Media library": upload once (a second upload of the same file reuses it), find it
// by its caption, reuse it in another piece with «اختر من المكتبة», set a focal point and a
// credit and see both as a reader, fail to delete it while used, delete it once unused (its
// files 404); a writer browses but the server refuses their edits; AVIF/WebP when accepted.

const MEDIA_DIR = serverEnv().MEDIA_DIR!;
const CHROME_ACCEPT = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8";
/** Rows and files of uploads whose name carries this run's tag (other tests upload at the same time). */
const uploadsTagged = (tag: string) => testDb().prepare(`SELECT path FROM Media WHERE originalName LIKE ?`).all(`%${tag}%`) as { path: string }[];
const onDisk = (stored: string) => fs.existsSync(path.join(MEDIA_DIR, ...stored.split("/")));
const mediaOf = (articleId: number) => (testDb().prepare(`SELECT imageId FROM Article WHERE id = ?`).get(articleId) as { imageId: number | null }).imageId;
const mediaRow = (id: number) => testDb().prepare(`SELECT id, path, alt, caption, credit, focalX, focalY FROM Media WHERE id = ?`).get(id) as { id: number; path: string; alt: string | null; caption: string | null; credit: string | null; focalX: number; focalY: number } | undefined;

/** A landscape photo of its own colour (so no earlier run's upload matches it) with a white mark near the top right. */
const photo = (seed: number) =>
  sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: seed % 200, g: 60, b: (seed >> 8) % 200 } } })
    .composite([{ input: { create: { width: 60, height: 60, channels: 3, background: "#fff" } }, left: 1480, top: 60 }])
    .jpeg()
    .toBuffer();

test("upload, find by caption, reuse with «اختر من المكتبة», focal point and credit for readers, delete only once unused", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await loginAs(page, "editor");
  const tag = uniq();
  const caption = `جسر الشهداء عند الفجر ${tag}`;
  const credit = `علي حسين ${tag}`;
  const bytes = await photo(Date.now());

  // 1. Upload as the featured picture of a first piece; the same file again is reused, not stored twice.
  const first = insertArticle({ title: `القطعة الأولى ${tag}`, status: "draft" });
  await page.goto(`/admin/articles/${first}`);
  await page.locator("#f-image").setInputFiles({ name: `bridge-${tag}.jpg`, mimeType: "image/jpeg", buffer: bytes });
  await expect(page.getByText(`الملف المختار: bridge-${tag}.jpg`)).toBeVisible();
  await page.getByLabel("النص البديل للصورة").fill("جسر فوق دجلة");
  await saveInEditor(page);
  const id = mediaOf(first)!;
  expect(id).toBeGreaterThan(0);
  expect(uploadsTagged(tag)).toHaveLength(1);
  const stored = mediaRow(id)!.path;
  expect(onDisk(stored)).toBe(true);
  await page.locator("#f-image").setInputFiles({ name: `copy-of-bridge-${tag}.jpg`, mimeType: "image/jpeg", buffer: bytes });
  await expect(page.getByRole("status").filter({ hasText: "مرفوعة من قبل" })).toBeVisible();
  await saveInEditor(page);
  expect(mediaOf(first)).toBe(id);
  expect(uploadsTagged(tag)).toEqual([{ path: stored }]);

  // 2. Caption and credit on the image's page; then the library finds it by caption (another spelling).
  await page.goto(`/admin/media/${id}`);
  await page.getByLabel("التعليق (يظهر تحت الصورة)").fill(caption);
  await page.getByLabel("المصدر: المصوّر أو الوكالة").fill(credit);
  await page.getByRole("button", { name: "حفظ البيانات" }).click();
  await expect(page.getByText("حُفظت بيانات الصورة")).toBeVisible();
  await page.goto("/admin/media");
  await page.getByLabel("ابحث في التعليق والنص البديل والمصدر واسم الملف").fill(`جِسر الشهداء ${tag}`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/media\?q=/);
  await page.getByRole("link", { name: new RegExp(caption) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(caption);

  // 3. A second piece takes it from the library with the keyboard, for its featured picture and in its body.
  const second = insertArticle({ title: `القطعة الثانية ${tag}`, status: "draft" });
  await page.goto(`/admin/articles/${second}`);
  await page.getByRole("button", { name: "اختر من المكتبة" }).click();
  const dialog = page.getByRole("dialog", { name: "اختر من مكتبة الوسائط" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("searchbox").fill(tag);
  await dialog.getByRole("searchbox").press("Enter");
  const tile = dialog.getByRole("button", { name: `اختر: ${caption}` });
  await tile.focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await page.getByLabel("النص البديل للصورة").fill("جسر الشهداء");
  await page.getByRole("button", { name: "صورة من المكتبة" }).click();
  const bodyDialog = page.getByRole("dialog", { name: "أدرج صورة من المكتبة في النص" });
  await bodyDialog.getByRole("searchbox").fill(caption);
  await bodyDialog.getByRole("button", { name: "بحث" }).click();
  await bodyDialog.getByRole("button", { name: `اختر: ${caption}` }).click();
  await expect(page.getByRole("textbox", { name: "نص المقال" }).locator("figure img")).toHaveCount(1);
  await page.getByRole("button", { name: "نشر الآن" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("نُشر المقال.");
  expect(mediaOf(second)).toBe(id);
  const readerPath = `/${second}/${encodeURIComponent(articleRow(second).slug)}`;

  // 4. A reader sees the library's caption and the credit; the share picture is the 1200×630 crop.
  const reader = await browser.newPage();
  await reader.goto(readerPath);
  const figcaption = reader.locator("article figure.figure figcaption");
  await expect(figcaption).toContainText(caption);
  await expect(figcaption).toContainText(`تصوير: ${credit}`);
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute("content", /crop=og&fp=50-50$/);

  // 5. The focal point: a click on the picture, then exact numbers from the keyboard.
  await page.goto(`/admin/media/${id}`);
  const picture = page.locator(".focal-stage img");
  const box = (await picture.boundingBox())!;
  await picture.click({ position: { x: box.width * 0.25, y: box.height * 0.75 } });
  await expect(page.getByLabel("أفقياً (٪ من اليسار)")).toHaveValue(/^2[4-6]$/);
  await expect(page.getByLabel("عمودياً (٪ من الأعلى)")).toHaveValue(/^7[4-6]$/);
  await page.getByLabel("أفقياً (٪ من اليسار)").fill("94");
  await page.getByLabel("عمودياً (٪ من الأعلى)").fill("9");
  await page.getByRole("button", { name: "حفظ النقطة المحورية" }).click();
  await expect(page.getByText("حُفظت النقطة المحورية")).toBeVisible();
  expect(mediaRow(id)).toMatchObject({ focalX: 0.94, focalY: 0.09 });
  // Readers' pages using it were purged: the next reader gets the new crop's address, and the crop shows the mark.
  await reader.reload();
  const og = await reader.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(/crop=og&fp=94-9$/);
  const share = await reader.request.get(og!);
  expect(share.headers()["content-type"]).toBe("image/jpeg");
  const meta = await sharp(await share.body()).metadata();
  expect([meta.width, meta.height]).toEqual([1200, 630]);
  expect((await sharp(await share.body()).extract({ left: 1100, top: 30, width: 90, height: 90 }).stats()).channels[0]!.max).toBeGreaterThan(200);

  // 6. In use: no delete, and the page says where it is used.
  await expect(page.getByText(/لا تُحذف صورة مستعملة/)).toContainText(`القطعة الأولى ${tag}`);
  await expect(page.getByText(/لا تُحذف صورة مستعملة/)).toContainText(`القطعة الثانية ${tag}`);
  await expect(page.getByRole("link", { name: "حذف الصورة…" })).toHaveCount(0);

  // Unused now; the delete step opens — and a colleague uses it meanwhile: the server refuses, naming the piece.
  testDb().prepare(`UPDATE Article SET imageId = NULL, bodyHtml = '<p>نص</p>' WHERE id IN (?, ?)`).run(first, second);
  await page.reload();
  await page.getByRole("link", { name: "حذف الصورة…" }).click();
  const confirm = page.getByRole("button", { name: "نعم، احذف الصورة" });
  await expect(confirm).toBeVisible();
  testDb().prepare(`UPDATE Article SET imageId = ? WHERE id = ?`).run(id, first);
  await confirm.click();
  await expect(page.locator(".confirm-panel").getByRole("alert")).toContainText(`لا تُحذف صورة مستعملة. هي الآن: الصورة الرئيسية لمقالة «القطعة الأولى ${tag}»`);
  const url = `/media/${mediaRow(id)!.path}`;
  expect((await page.request.get(url)).status()).toBe(200);

  // 7. Unused for real: deleted, with its files.
  testDb().prepare(`UPDATE Article SET imageId = NULL WHERE id = ?`).run(first);
  await confirm.click();
  await expect(page).toHaveURL(/\/admin\/media\?deleted=/);
  await expect(page.getByRole("status").filter({ hasText: "حُذفت الصورة" })).toBeVisible();
  expect(mediaRow(id)).toBeUndefined();
  expect((await page.request.get(url)).status()).toBe(404);
  expect((await page.request.get(`${url}?w=640`)).status()).toBe(404);
  expect(onDisk(stored)).toBe(false);
  await reader.close();
});

test("a writer browses the library but cannot edit or delete: nothing offered, and the server refuses", async ({ page }) => {
  const m = testDb().prepare(`SELECT id, alt FROM Media ORDER BY id LIMIT 1`).get() as { id: number; alt: string | null };
  await loginAs(page, "writer");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "قائمة لوحة التحكم" }).getByRole("link", { name: "مكتبة الوسائط" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "مكتبة الوسائط" })).toBeVisible();
  await page.goto(`/admin/media/${m.id}`);
  await expect(page.getByRole("heading", { name: "أين تُستعمل" })).toBeVisible();
  await expect(page.getByRole("button", { name: "حفظ البيانات" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "حفظ النقطة المحورية" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "حذف الصورة" })).toHaveCount(0);
  // Called directly, as a crafted request would: refused, nothing changed.
  for (const [name, input] of [
    ["saveMediaMetaAction", { id: m.id, alt: "بديل من كاتب", caption: "", credit: "" }],
    ["saveMediaFocusAction", { id: m.id, x: 10, y: 10 }],
    ["deleteMediaAction", { id: m.id }],
  ] as const) {
    const res = await callAction(page.request, action(name), [null, input]);
    expect(await res.text(), name).toContain('"code":"forbidden"');
  }
  expect(testDb().prepare(`SELECT alt, focalX FROM Media WHERE id = ?`).get(m.id)).toEqual({ alt: m.alt, focalX: 0.5 });
});

test("crops and resized copies come as AVIF or WebP to browsers that take them (Vary: Accept); the share picture is JPEG", async ({ request }) => {
  const m = testDb().prepare(`SELECT path, focalX, focalY FROM Media WHERE path LIKE 'demo/%' ORDER BY id LIMIT 1`).get() as { path: string; focalX: number; focalY: number };
  const fp = `${Math.round(m.focalX * 100)}-${Math.round(m.focalY * 100)}`;
  const card = `/media/${m.path}?crop=16x9&fp=${fp}&w=640`;
  for (const [accept, type] of [
    [CHROME_ACCEPT, "image/avif"],
    ["image/webp,*/*", "image/webp"],
    ["*/*", "image/jpeg"],
  ] as const) {
    const res = await request.get(card, { headers: { accept } });
    expect(res.status(), accept).toBe(200);
    expect(res.headers()["content-type"]).toBe(type);
    expect(res.headers()["vary"]?.split(/,\s*/)).toContain("Accept");
    const meta = await sharp(await res.body()).metadata();
    expect([meta.width, meta.height]).toEqual([640, 360]);
  }
  // Another focal point than the image's: sent to the current address, never encoded.
  const stale = await request.get(`/media/${m.path}?crop=16x9&fp=1-1&w=640`, { maxRedirects: 0 });
  expect(stale.status()).toBe(307);
  expect(stale.headers()["location"]).toMatch(new RegExp(`\\?crop=16x9&fp=${fp}&w=640$`));
  expect(stale.headers()["cache-control"]).toBe("no-store");
  const og = await request.get(`/media/${m.path}?crop=og&fp=${fp}`, { headers: { accept: CHROME_ACCEPT } });
  expect(og.headers()["content-type"]).toBe("image/jpeg");
  expect(og.headers()["vary"]?.split(/,\s*/) ?? []).not.toContain("Accept");
  expect((await request.get(`/media/${m.path}?crop=square&fp=${fp}&w=640`)).status()).toBe(400);
});
