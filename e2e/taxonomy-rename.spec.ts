import { loginAs } from "./support/auth";
import { insertArticle, testDb } from "./support/db";
import { expect, test } from "./support/test";

// Issue 9: renaming a tag (or section, author, supplement) changes every page that shows
// it at once — including pieces' own cached pages — and the old address redirects.
test("renaming a tag updates the pieces' pages and the old tag address redirects to the new one", async ({ page, request }) => {
  const n = Math.floor(Math.random() * 1e6);
  const oldName = `وسم قديم ${n}`;
  const oldSlug = `old-tag-${n}`;
  const id = insertArticle({ title: `خبر بوسم سيتغير ${n}` });
  const db = testDb();
  const tagId = Number(db.prepare(`INSERT INTO Tag (slug, name, createdAt) VALUES (?, ?, ?)`).run(oldSlug, oldName, new Date().toISOString()).lastInsertRowid);
  db.prepare(`INSERT INTO ArticleTag (articleId, tagId) VALUES (?, ?)`).run(id, tagId);
  // Readers have seen the piece with the old tag: its page is cached.
  const before = await request.get(`/${id}`);
  expect(await before.text()).toContain(oldName);

  await loginAs(page, "editor");
  await page.goto(`/admin/tags?q=${encodeURIComponent(oldName)}`);
  await page.getByRole("link", { name: `تعديل ${oldName}` }).click();
  const form = page.getByRole("form", { name: `تعديل ${oldName}` });
  await form.getByLabel("الاسم").fill(`وسم جديد ${n}`);
  await form.getByLabel("الرابط المختصر").fill(`new-tag-${n}`);
  await form.getByRole("button", { name: "حفظ" }).click();
  await expect(page.getByText(/حُفظ|تم الحفظ|حفظ الوسم/).first()).toBeVisible();

  await expect.poll(async () => (await (await request.get(`/${id}`)).text()).includes(`وسم جديد ${n}`), { timeout: 10_000 }).toBe(true);
  const piece = await (await request.get(`/${id}`)).text();
  expect(piece).not.toContain(oldName);
  expect(piece).toContain(`/tag/new-tag-${n}`);
  const old = await request.get(`/tag/${oldSlug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers()["location"]).toContain(`/tag/new-tag-${n}`);
  const followed = await request.get(`/tag/${oldSlug}/page/1`);
  expect(followed.status()).toBeLessThan(500);
});
