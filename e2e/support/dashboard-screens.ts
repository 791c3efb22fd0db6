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
  // A live coverage with a long update (decision 192).
  const liveId = insertArticle({ title: `تغطية مباشرة طويلة العنوان لاختبار الشاشات الضيقة ${uniq()}`, status: "published" });
  testDb().prepare(`UPDATE Article SET liveStatus = 'live', liveStartedAt = ? WHERE id = ?`).run(sqlDate(new Date()), liveId);
  testDb()
    .prepare(`INSERT INTO LiveUpdate (articleId, bodyHtml, bodyText, keyEvent, embedUrl, createdAt, updatedAt) VALUES (?, ?, ?, 1, ?, ?, ?)`)
    .run(liveId, `<p>${"تحديث طويل ".repeat(30)}</p>`, "تحديث طويل ".repeat(30), "https://www.youtube.com/watch?v=dQw4w9WgXcQ", sqlDate(new Date()), sqlDate(new Date()));
  const tag = uniq();
  const tagId = Number(
    testDb().prepare(`INSERT INTO Tag (slug, name, createdAt) VALUES (?, ?, ?)`).run(`screen-tag-${tag}-with-a-rather-long-slug`, `وسم طويل الاسم لاختبار الشاشات الضيقة ${tag}`, sqlDate(new Date())).lastInsertRowid,
  );
  testDb()
    .prepare(`INSERT INTO ApiKey (name, prefix, secretHash, origins, createdAt) VALUES (?, 'midad_abcdef', ?, ?, ?)`)
    .run(`مفتاح طويل الاسم لتطبيق الهاتف والشركاء ${tag}`, `screen-${tag}`, "https://a-rather-long-partner-origin.example.com\nhttps://another.example", sqlDate(new Date()));
  const hookId = screenWebhook(tag, id);
  // A published piece with a long correction edited once and a withdrawn one, and reads to chart.
  const published = insertArticle({ title: `قطعة منشورة طويلة العنوان عليها تصحيحات لاختبار الشاشات ${uniq()}` });
  const t = sqlDate(new Date());
  const long = "ورد في نسخة سابقة من هذا المقال أن الجلسة عُقدت يوم الثلاثاء، والصحيح أنها عُقدت يوم الأربعاء. ".repeat(3).trim();
  const kept = Number(testDb().prepare(`INSERT INTO Correction (articleId, text, placement, createdAt, editedAt) VALUES (?, ?, 'end', ?, ?)`).run(published, long, t, t).lastInsertRowid);
  testDb().prepare(`INSERT INTO CorrectionRevision (correctionId, text, placement, createdAt) VALUES (?, 'نسخة أولى من التصحيح قبل تعديلها', 'start', ?), (?, ?, 'end', ?)`).run(kept, t, kept, long, t);
  const gone = Number(testDb().prepare(`INSERT INTO Correction (articleId, text, placement, createdAt, withdrawnAt, withdrawReason) VALUES (?, 'تصحيح نُشر على المقال الخطأ', 'start', ?, ?, 'مكانه مقال آخر عن الموازنة')`).run(published, t, t).lastInsertRowid);
  testDb().prepare(`INSERT INTO CorrectionRevision (correctionId, text, placement, createdAt) VALUES (?, 'تصحيح نُشر على المقال الخطأ', 'start', ?)`).run(gone, t);
  testDb().prepare(`INSERT INTO ArticleViewDay (articleId, day, count) VALUES (?, ?, 1234) ON CONFLICT DO NOTHING`).run(published, new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baghdad" }).format(new Date()));
  // A past arrangement (superseded: the home page other specs see stays as it is) for the history and its preview.
  const frontId = Number(
    testDb()
      .prepare(`INSERT INTO FrontArrangement (status, slots, publishedAt, createdAt, updatedAt) VALUES ('superseded', ?, ?, ?, ?)`)
      .run(JSON.stringify({ lead: id, top: [null, null, null], sections: [], breaking: { text: `شريط عاجل طويل النص لاختبار الشاشات الضيقة ${tag}`, url: "/", expiresAt: new Date(Date.now() + 3600_000).toISOString() } }), sqlDate(new Date()), sqlDate(new Date()), sqlDate(new Date())).lastInsertRowid,
  );
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
    `/admin/articles/${liveId}/live`,
    `/admin/articles/${published}/corrections`,
    "/admin/corrections",
    "/admin/corrections?show=withdrawn",
    "/admin/stats",
    `/admin/stats/${published}`,
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
    "/admin/webhooks",
    `/admin/webhooks/${hookId}`,
    "/admin/account",
    "/two-factor",
  ];
}

/**
 * A paused webhook endpoint with a long name and URL and one delivery of each kind of history
 * (a 500 then a refused connection, a success), so the endpoint's page shows its attempts list.
 * Paused: the suite's scheduler must not try to reach its made-up address.
 */
function screenWebhook(tag: string, articleId: number): number {
  const db = testDb();
  const t = sqlDate(new Date());
  const hook = Number(
    db
      .prepare(`INSERT INTO WebhookEndpoint (name, url, secret, events, paused, createdAt, updatedAt) VALUES (?, ?, 'whsec_c2NyZWVu', 'article.published,article.updated,comment.approved', 1, ?, ?)`)
      .run(`تطبيق الشريك ذو الاسم الطويل ${tag}`, `https://hooks.a-rather-long-partner-domain.example.com/midad/webhooks/receive/${tag}`, t, t).lastInsertRowid,
  );
  const delivery = (id: string, status: string) =>
    db.prepare(`INSERT INTO WebhookDelivery (id, endpointId, event, payload, status, attempts, nextAttemptAt, createdAt) VALUES (?, ?, 'article.published', ?, ?, 2, ?, ?)`).run(id, hook, JSON.stringify({ type: "article.published", data: { id: articleId } }), status, t, t);
  const attempt = (deliveryId: string, statusCode: number | null, error: string | null) =>
    db.prepare(`INSERT INTO WebhookAttempt (deliveryId, at, statusCode, durationMs, error, "trigger") VALUES (?, ?, ?, 42, ?, 'auto')`).run(deliveryId, t, statusCode, error);
  delivery(`msg_screen-a-${tag}`, "pending");
  attempt(`msg_screen-a-${tag}`, 500, "HTTP 500");
  attempt(`msg_screen-a-${tag}`, null, "connect ECONNREFUSED 203.0.113.10:443");
  delivery(`msg_screen-b-${tag}`, "succeeded");
  attempt(`msg_screen-b-${tag}`, 200, null);
  return hook;
}
