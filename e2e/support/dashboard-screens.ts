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
  // A past arrangement (superseded: the home page other specs see stays as it is) for the history and its preview.
  const frontId = Number(
    testDb()
      .prepare(`INSERT INTO FrontArrangement (status, slots, publishedAt, createdAt, updatedAt) VALUES ('superseded', ?, ?, ?, ?)`)
      .run(JSON.stringify({ lead: id, top: [null, null, null], sections: [], breaking: { text: `شريط عاجل طويل النص لاختبار الشاشات الضيقة ${tag}`, url: "/", expiresAt: new Date(Date.now() + 3600_000).toISOString() } }), sqlDate(new Date()), sqlDate(new Date()), sqlDate(new Date())).lastInsertRowid,
  );
  return [
    "/admin",
    "/admin/articles",
    "/admin/articles/new",
    `/admin/articles/${id}`,
    `/admin/articles/${id}/revisions`,
    `/admin/articles/${id}/preview`,
    "/admin/front",
    "/admin/front/history",
    `/admin/front/preview/${frontId}`,
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
