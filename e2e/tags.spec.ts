import { action, callAction } from "./support/actions";
import { loginAs } from "./support/auth";
import { uniq } from "./support/articles";
import { count, insertArticle, sqlDate, testDb } from "./support/db";
import { expect, test } from "./support/test";

// Issue 12 (10): the tags screen finds a tag among thousands, pages through them, shows how
// many pieces each carries, merges one tag into another (the old address redirects) and
// deletes only tags no piece uses. Merge and delete ask first.

function insertTag(name: string, slug: string): number {
  return Number(testDb().prepare(`INSERT INTO Tag (slug, name, createdAt) VALUES (?, ?, ?)`).run(slug, name, sqlDate(new Date())).lastInsertRowid);
}
function link(articleId: number, tagId: number) {
  testDb().prepare(`INSERT INTO ArticleTag (articleId, tagId) VALUES (?, ?)`).run(articleId, tagId);
}
const tagsOf = (tagId: number) => (testDb().prepare(`SELECT articleId FROM ArticleTag WHERE tagId = ? ORDER BY articleId`).all(tagId) as { articleId: number }[]).map((r) => r.articleId);
const lastAudit = (action: string, entityId: number) => testDb().prepare(`SELECT detail FROM AuditLog WHERE action = ? AND entityId = ? ORDER BY id DESC LIMIT 1`).get(action, String(entityId)) as { detail: string } | undefined;

test("search finds tags whatever the hamza, pages through 50 at a time and counts each tag's pieces", async ({ page }) => {
  const n = uniq();
  for (let i = 1; i <= 60; i++) insertTag(`أرشيف ${n} ${String(i).padStart(2, "0")}`, `archive-${n}-${i}`);
  const counted = insertTag(`أرشيف ${n} 00`, `archive-${n}-0`);
  for (let i = 0; i < 3; i++) link(insertArticle({ title: `خبر موسوم ${n} ${i}` }), counted);

  await loginAs(page, "editor");
  await page.goto("/admin/tags");
  // The search is a plain GET form: typed without the hamza, it still finds «أرشيف».
  await page.getByRole("searchbox", { name: "ابحث في الوسوم" }).fill(`ارشيف ${n}`);
  await page.getByRole("button", { name: "بحث", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByText("61 وسماً")).toBeVisible();
  const rows = page.getByRole("table", { name: "الوسوم" }).locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText(`أرشيف ${n} 00`);
  await expect(rows.first()).toContainText("3 مقالات");
  await expect(rows.nth(1)).toContainText("لا مقالات");

  await page.getByRole("link", { name: "التالي" }).click();
  await expect(page.getByText("صفحة 2 من 2")).toBeVisible();
  await expect(rows).toHaveCount(11);
  await expect(rows.last()).toContainText(`أرشيف ${n} 60`);
  await expect(page.getByRole("link", { name: "السابق" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "ابحث في الوسوم" })).toHaveValue(`ارشيف ${n}`);

  // Nothing found: said in Arabic.
  await page.goto(`/admin/tags?q=${encodeURIComponent(`لا يوجد ${n}`)}`);
  await expect(page.getByText("لا وسوم تطابق البحث.")).toBeVisible();
});

test("merging a tag moves its pieces without duplicates, deletes it, and its old address redirects with 308", async ({ page, request }) => {
  const n = uniq();
  const from = insertTag(`وسم مكرر ${n}`, `dup-${n}`);
  const into = insertTag(`وسم أصلي ${n}`, `orig-${n}`);
  const a = insertArticle({ title: `خبر أول ${n}` });
  const both = insertArticle({ title: `خبر بالوسمين ${n}` });
  const c = insertArticle({ title: `خبر ثالث ${n}` });
  link(a, from);
  link(both, from);
  link(both, into);
  link(c, into);
  // Readers have seen the old tag's page: it is cached.
  expect((await request.get(`/tag/dup-${n}`)).status()).toBe(200);

  await loginAs(page, "editor");
  await page.goto(`/admin/tags?q=${encodeURIComponent(`وسم مكرر ${n}`)}`);
  await page.getByRole("link", { name: `دمج وسم مكرر ${n}` }).click();
  const panel = page.getByRole("form", { name: `دمج وسم مكرر ${n}` });
  await expect(panel).toContainText("مقالتان");
  await panel.getByLabel("ادمجه في الوسم").fill(`وسم أصلي ${n}`);
  // Nothing has happened before the explicit confirmation.
  expect(count("Tag", "id = ?", from)).toBe(1);
  await panel.getByRole("button", { name: "نعم، ادمج الوسمين" }).click();
  await expect(page.getByText(`دُمج «وسم مكرر ${n}» في «وسم أصلي ${n}».`)).toBeVisible();

  expect(count("Tag", "id = ?", from)).toBe(0);
  expect(tagsOf(into)).toEqual([a, both, c].sort((x, y) => x - y));
  expect(JSON.parse(lastAudit("tag.merge", from)!.detail)).toMatchObject({ name: `وسم مكرر ${n}`, into, moved: 1 });

  const old = await request.get(`/tag/dup-${n}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers()["location"]).toContain(`/tag/orig-${n}`);
  const piece = await (await request.get(`/${a}`)).text();
  expect(piece).toContain(`/tag/orig-${n}`);
  expect(piece).not.toContain(`/tag/dup-${n}`);
});

test("merging into an unknown tag or into itself is refused in Arabic and changes nothing", async ({ page }) => {
  const n = uniq();
  const from = insertTag(`وسم وحيد ${n}`, `alone-${n}`);
  link(insertArticle({ title: `خبر وحيد ${n}` }), from);
  await loginAs(page, "editor");
  await page.goto(`/admin/tags?q=${encodeURIComponent(`وسم وحيد ${n}`)}`);
  await page.getByRole("link", { name: `دمج وسم وحيد ${n}` }).click();
  const panel = page.getByRole("form", { name: `دمج وسم وحيد ${n}` });
  await panel.getByLabel("ادمجه في الوسم").fill(`لا وجود له ${n}`);
  await panel.getByRole("button", { name: "نعم، ادمج الوسمين" }).click();
  await expect(panel.getByText("لا يوجد وسم بهذا الاسم.")).toBeVisible();
  await panel.getByLabel("ادمجه في الوسم").fill(`وسم وحيد ${n}`);
  await panel.getByRole("button", { name: "نعم، ادمج الوسمين" }).click();
  await expect(panel.getByText("لا يُدمج الوسم في نفسه.")).toBeVisible();
  expect(count("Tag", "id = ?", from)).toBe(1);
  expect(tagsOf(from)).toHaveLength(1);
});

test("only an unused tag can be deleted, after a confirmation", async ({ page }) => {
  const n = uniq();
  const used = insertTag(`وسم مستعمل ${n}`, `used-${n}`);
  const unused = insertTag(`وسم مهمل ${n}`, `unused-${n}`);
  link(insertArticle({ title: `خبر مستعمل ${n}` }), used);

  await loginAs(page, "editor");
  await page.goto(`/admin/tags?q=${encodeURIComponent(n)}`);
  // A used tag offers no delete (merging instead); it says why.
  await expect(page.getByRole("link", { name: `دمج وسم مستعمل ${n}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `وسم مستعمل ${n}` })).toContainText("لا يُحذف: مستعمل");
  await expect(page.getByRole("link", { name: `حذف وسم مستعمل ${n}` })).toHaveCount(0);

  // The unused one: asked first; «تراجع» changes nothing.
  await page.getByRole("link", { name: `حذف وسم مهمل ${n}` }).click();
  let panel = page.getByRole("form", { name: `حذف وسم مهمل ${n}` });
  await expect(panel).toContainText("نهائياً");
  await panel.getByRole("link", { name: "تراجع" }).click();
  await expect(page.getByRole("form", { name: `حذف وسم مهمل ${n}` })).toHaveCount(0);
  expect(count("Tag", "id = ?", unused)).toBe(1);

  // A piece gets the tag while the question is open: the server refuses, in Arabic.
  await page.getByRole("link", { name: `حذف وسم مهمل ${n}` }).click();
  panel = page.getByRole("form", { name: `حذف وسم مهمل ${n}` });
  await expect(panel.getByRole("button", { name: "نعم، احذف الوسم" })).toBeVisible();
  const piece = insertArticle({ title: `خبر متأخر ${n}` });
  link(piece, unused);
  await panel.getByRole("button", { name: "نعم، احذف الوسم" }).click();
  await expect(panel.getByText(/لا يُحذف وسم مستعمل/)).toBeVisible();
  expect(count("Tag", "id = ?", unused)).toBe(1);

  testDb().prepare(`DELETE FROM ArticleTag WHERE tagId = ?`).run(unused);
  await page.goto(`/admin/tags?q=${encodeURIComponent(n)}`);
  await page.getByRole("link", { name: `حذف وسم مهمل ${n}` }).click();
  await page.getByRole("form", { name: `حذف وسم مهمل ${n}` }).getByRole("button", { name: "نعم، احذف الوسم" }).click();
  await expect(page.getByText(`حُذف الوسم «وسم مهمل ${n}».`)).toBeVisible();
  expect(count("Tag", "id = ?", unused)).toBe(0);
  expect(count("Tag", "id = ?", used)).toBe(1);
  expect(lastAudit("tag.delete", unused)).toBeTruthy();
});

test("a writer cannot merge or delete tags: the server refuses", async ({ page }) => {
  const n = uniq();
  const tag = insertTag(`وسم محمي ${n}`, `guarded-${n}`);
  const other = insertTag(`وسم آخر ${n}`, `other-${n}`);
  await loginAs(page, "writer");
  for (const [name, args] of [
    ["deleteTagAction", [null, { id: String(tag) }]],
    ["mergeTagAction", [null, { id: String(tag), into: `وسم آخر ${n}` }]],
  ] as const) {
    const res = await callAction(page.request, action(name), [...args]);
    expect(await res.text()).toContain("ليست لديك صلاحية");
  }
  expect(count("Tag", "id IN (?, ?)", tag, other)).toBe(2);
});
