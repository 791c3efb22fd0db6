import { uniq } from "./articles";
import { insertComment } from "./comments";
import { insertArticle, sqlDate, testDb } from "./db";

/**
 * Every screen of the dashboard, with the rows it needs to show something (a long draft, a long
 * pending comment): the phone-width and accessibility checks walk the same list, so a new screen
 * added here is checked both ways.
 */
export function dashboardScreens(): string[] {
  const id = insertArticle({ title: `قطعة طويلة العنوان جداً لاختبار الشاشات الضيقة ${uniq()}`, status: "draft" });
  const commentId = insertComment({ articleId: 410630, body: "تعليق طويل ".repeat(20), status: "pending" });
  const tag = uniq();
  const tagId = Number(
    testDb().prepare(`INSERT INTO Tag (slug, name, createdAt) VALUES (?, ?, ?)`).run(`screen-tag-${tag}-with-a-rather-long-slug`, `وسم طويل الاسم لاختبار الشاشات الضيقة ${tag}`, sqlDate(new Date())).lastInsertRowid,
  );
  testDb()
    .prepare(`INSERT INTO ApiKey (name, prefix, secretHash, origins, createdAt) VALUES (?, 'midad_abcdef', ?, ?, ?)`)
    .run(`مفتاح طويل الاسم لتطبيق الهاتف والشركاء ${tag}`, `screen-${tag}`, "https://a-rather-long-partner-origin.example.com\nhttps://another.example", sqlDate(new Date()));
  // A demo picture (the seed's), so the image page shows its crops and the pieces using it.
  const mediaId = (testDb().prepare(`SELECT id FROM Media ORDER BY id LIMIT 1`).get() as { id: number }).id;
  return [
    "/admin",
    "/admin/media",
    `/admin/media?q=${encodeURIComponent("صورة لا توجد")}`,
    `/admin/media/${mediaId}`,
    `/admin/media/${mediaId}?act=delete`,
    "/admin/articles",
    "/admin/articles/new",
    `/admin/articles/${id}`,
    `/admin/articles/${id}/revisions`,
    `/admin/articles/${id}/preview`,
    "/admin/sections",
    "/admin/tags",
    `/admin/tags?q=${encodeURIComponent("وسم طويل")}`,
    `/admin/tags?act=rename&id=${tagId}`,
    `/admin/tags?act=merge&id=${tagId}`,
    `/admin/tags?act=delete&id=${tagId}`,
    "/admin/supplements",
    "/admin/authors",
    "/admin/comments",
    `/admin/comments/${commentId}`,
    "/admin/comments/settings",
    "/admin/staff",
    "/admin/settings",
    "/admin/audit",
    "/admin/outbox",
    "/admin/api-keys",
    "/admin/api-keys/reference",
    "/admin/account",
    "/two-factor",
  ];
}
