import { expect, test } from "./support/test";
import { type Page } from "@playwright/test";
import { loginAs } from "./support/auth";
import { count, testDb } from "./support/db";
import { clientIp, commentRow, commentsOf, insertComment, insertFreshArticle, setArticle } from "./support/comments";

// Readers comment with and without JavaScript; moderators decide in the dashboard.

const articleUrl = (id: number) => `/${id}`;
const newArticle = (label: string) => insertFreshArticle(`${label} ${Date.now()}`);

async function fillForm(page: Page, name: string, body: string) {
  const form = page.getByRole("form", { name: "انضم الى المحادثة" });
  await form.getByLabel("الاسم").fill(name);
  await form.getByLabel("التعليق").fill(body);
  return form;
}

// Each test is a different reader, so rate limits never leak between tests.
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": clientIp() });
});

test("a reader comments with JavaScript: live counter, field errors, then 'awaits review'", async ({ page }) => {
  const id = newArticle("مادة للتعليق بجافاسكربت");
  await page.goto(articleUrl(id));
  await expect(page.getByRole("heading", { name: "انضم الى المحادثة" })).toBeVisible();
  const form = page.getByRole("form", { name: "انضم الى المحادثة" });
  await expect(form.getByText("255 حرفاً متبقياً")).toBeVisible();
  await form.getByLabel("التعليق").fill("مرحبا 👍🏽");
  await expect(form.getByText("248 حرفاً متبقياً")).toBeVisible();
  await form.getByLabel("الاسم").fill("س");
  await form.getByRole("button", { name: "أرسل التعليق" }).click();
  await expect(form.getByText("الاسم حرفان على الأقل.")).toBeVisible();
  expect(commentsOf(id)).toHaveLength(0);
  await form.getByLabel("الاسم").fill("سلمى");
  await form.getByRole("button", { name: "أرسل التعليق" }).click();
  await expect(form.getByRole("status")).toHaveText("شكراً لك. سيظهر تعليقك بعد مراجعته.");
  await expect(page).toHaveURL(new RegExp(`/${id}/`)); // stayed in place
  expect(commentsOf(id)).toMatchObject([{ status: "pending", authorName: "سلمى", body: "مرحبا 👍🏽" }]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same form posts and the reader lands back on the article with the result", async ({ page }) => {
    const id = newArticle("مادة للتعليق دون جافاسكربت");
    await page.goto(articleUrl(id));
    const form = await fillForm(page, "حسن", "تعليق دون جافاسكربت");
    await form.getByRole("button", { name: "أرسل التعليق" }).click();
    await expect(page).toHaveURL(new RegExp(`/${id}/[^#]+#comment-result-pending$`));
    await expect(page.getByText("شكراً لك. سيظهر تعليقك بعد مراجعته.")).toBeVisible();
    await expect(page.getByText("شكراً لك. نُشر تعليقك.")).toBeHidden();
    expect(commentsOf(id)).toMatchObject([{ status: "pending", body: "تعليق دون جافاسكربت" }]);
  });

  test("a refused post comes back with the message and the reader's text kept", async ({ page }) => {
    const id = newArticle("مادة لخطأ دون جافاسكربت");
    await page.goto(articleUrl(id));
    const form = await fillForm(page, "ع", "نص سيبقى");
    await form.getByRole("button", { name: "أرسل التعليق" }).click();
    await expect(page).toHaveURL(new RegExp(`/comments/${id}\\?`));
    await expect(page.getByText("الاسم حرفان على الأقل.")).toBeVisible();
    await expect(page.getByRole("form", { name: "انضم الى المحادثة" }).getByLabel("التعليق")).toHaveValue("نص سيبقى");
    expect(commentsOf(id)).toHaveLength(0);
  });

  test("load more works as a link to the next page", async ({ page }) => {
    const id = newArticle("مادة بتعليقات كثيرة دون جافاسكربت");
    const t0 = Date.now() - 3600_000;
    for (let i = 1; i <= 23; i++) insertComment({ articleId: id, body: `تعليق رقم ${i}`, createdAt: new Date(t0 + i * 1000) });
    await page.goto(articleUrl(id));
    await expect(page.locator(".comment-list > .comment")).toHaveCount(20);
    await expect(page.getByText("تعليق رقم 1", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "المزيد من التعليقات" }).click();
    await expect(page.getByText("تعليق رقم 21", { exact: true })).toBeVisible();
    await expect(page.locator(".comment-list > .comment")).toHaveCount(3);
  });
});

test("approved comments: oldest first, 20 at a time with load more, count near the title, replies one level", async ({ page }) => {
  const id = newArticle("مادة بتعليقات كثيرة");
  const t0 = Date.now() - 3600_000;
  const first = insertComment({ articleId: id, body: "تعليق رقم 1", createdAt: new Date(t0) });
  insertComment({ articleId: id, body: "رد على الأول", parentId: first, createdAt: new Date(t0 + 500) });
  for (let i = 2; i <= 24; i++) insertComment({ articleId: id, body: `تعليق رقم ${i}`, createdAt: new Date(t0 + i * 1000) });
  insertComment({ articleId: id, body: "تعليق بانتظار المراجعة", status: "pending" });
  await page.goto(articleUrl(id));
  await expect(page.locator(".comment-count")).toHaveText("التعليقات (25)");
  const list = page.locator(".comment-list");
  await expect(list.locator("> .comment")).toHaveCount(20);
  await expect(list.locator("> .comment").first()).toContainText("تعليق رقم 1");
  await expect(list.locator("> .comment").first().locator(".comment-replies")).toContainText("رد على الأول");
  await expect(page.getByText("تعليق بانتظار المراجعة")).toHaveCount(0);
  await page.getByRole("link", { name: "المزيد من التعليقات" }).click();
  await expect(list.locator(".comment:not(.comment-reply)")).toHaveCount(24);
  await expect(list.locator(".comment:not(.comment-reply)").last()).toContainText("تعليق رقم 24");
  await expect(page.getByRole("link", { name: "المزيد من التعليقات" })).toHaveCount(0);
});

test("under post-moderation the comment appears at once, also for a fresh visitor", async ({ page, browser }) => {
  const id = newArticle("مادة بإشراف لاحق");
  setArticle(id, { commentPolicy: "post" });
  await page.goto(articleUrl(id));
  const form = await fillForm(page, "منى", "يظهر فوراً");
  await form.getByRole("button", { name: "أرسل التعليق" }).click();
  await expect(form.getByRole("status")).toHaveText("شكراً لك. نُشر تعليقك.");
  await expect(page.locator(".comment-list")).toContainText("يظهر فوراً");
  await expect(page.getByText("يظهر فوراً")).toHaveCount(1);
  const fresh = await browser.newPage();
  await fresh.goto(articleUrl(id));
  await expect(fresh.locator(".comment-list")).toContainText("يظهر فوراً");
  await fresh.close();
});

test("a comment with <script> and <img onerror> shows as text and runs nothing", async ({ page }) => {
  const id = newArticle("مادة لاختبار الحقن");
  const evil = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> https://example.com/a?b=<i>`;
  insertComment({ articleId: id, body: evil });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(articleUrl(id));
  const body = page.locator(".comment-list .comment-body").first();
  await expect(body).toContainText("<script>window.__pwned=1</script>");
  await expect(body).toContainText('<img src=x onerror="window.__pwned=2">');
  await expect(page.locator(".comments img, .comments script")).toHaveCount(0);
  await expect(body.getByRole("link")).toHaveAttribute("rel", "ugc nofollow noopener");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("closed comments replace the form with a notice", async ({ page }) => {
  const id = newArticle("مادة مغلقة");
  setArticle(id, { commentsOpen: false });
  await page.goto(articleUrl(id));
  await expect(page.getByText("التعليقات مغلقة على هذه المادة.")).toBeVisible();
  await expect(page.getByRole("form", { name: "انضم الى المحادثة" })).toHaveCount(0);
});

test("a reader reports a comment with a reason", async ({ page }) => {
  const id = newArticle("مادة للإبلاغ");
  const c = insertComment({ articleId: id, body: "تعليق مزعج" });
  await page.goto(articleUrl(id));
  const item = page.locator(`#comment-${c}`);
  await item.getByText("إبلاغ", { exact: true }).click();
  await item.getByLabel("إعلان أو سبام").check();
  await item.getByRole("button", { name: "أرسل البلاغ" }).click();
  await expect(item.getByRole("status")).toHaveText("شكراً لك. وصل بلاغك وسيراجعه المشرفون.");
  expect(commentRow(c)!.reportCount).toBe(1);
});

test("the 4th comment in a minute is refused with a clear message", async ({ page }) => {
  const id = newArticle("مادة لحد المعدل");
  await page.goto(articleUrl(id));
  const form = page.getByRole("form", { name: "انضم الى المحادثة" });
  await form.getByLabel("الاسم").fill("كثير الكلام");
  for (const n of ["واحد", "اثنان", "ثلاثة"]) {
    await form.getByLabel("التعليق").fill(`تعليق ${n}`);
    await form.getByRole("button", { name: "أرسل التعليق" }).click();
    await expect(form.getByRole("status")).toBeVisible();
    await expect(form.getByLabel("التعليق")).toHaveValue("");
  }
  const answer = page.waitForResponse((r) => r.url().includes(`/api/articles/${id}/comments`) && r.request().method() === "POST");
  await form.getByLabel("التعليق").fill("تعليق أربعة");
  await form.getByRole("button", { name: "أرسل التعليق" }).click();
  expect((await answer).status()).toBe(429);
  await expect(form.getByRole("alert")).toHaveText("أرسلت تعليقات كثيرة في وقت قصير. حاول مرة أخرى بعد قليل.");
  expect(commentsOf(id)).toHaveLength(3);
});

test.describe("moderation", () => {
  test("a moderator approves and a fresh visitor sees the comment; reject and spam hide it; history is logged", async ({ page, browser }) => {
    const id = newArticle("مادة للإشراف");
    const pending = insertComment({ articleId: id, body: "تعليق ينتظر القبول", status: "pending", heldReason: "كلمة مشبوهة: اختبار" });
    const second = insertComment({ articleId: id, body: "تعليق سيصبح سبام", status: "pending" });
    const visitor = await browser.newPage();
    await visitor.goto(articleUrl(id));
    await expect(visitor.locator(".comments")).not.toContainText("تعليق ينتظر القبول");

    const moderator = await loginAs(page, "moderator");
    await page.goto("/admin/comments");
    await expect(page.getByRole("heading", { level: 1, name: "التعليقات" })).toBeVisible();
    const item = page.locator(`[data-comment-id="${pending}"]`);
    await expect(item).toContainText("سبب الحجز التلقائي: كلمة مشبوهة: اختبار");
    await expect(item.getByRole("link", { name: /مادة للإشراف/ })).toHaveAttribute("href", new RegExp(`^/${id}/`));
    await item.getByRole("button", { name: "قبول" }).click();
    await expect(page.getByRole("status")).toContainText("قبول: 1 تعليق");
    expect(commentRow(pending)!.status).toBe("approved");

    const fresh = await browser.newPage();
    await fresh.goto(articleUrl(id));
    await expect(fresh.locator(".comment-list")).toContainText("تعليق ينتظر القبول");
    await expect(fresh.locator(".comment-count")).toHaveText("التعليقات (1)");

    await page.goto("/admin/comments?queue=approved");
    await page.locator(`[data-comment-id="${pending}"]`).getByRole("button", { name: "رفض" }).click();
    await expect(page.getByRole("status")).toContainText("رفض: 1 تعليق");
    await fresh.reload();
    await expect(fresh.locator(".comments")).not.toContainText("تعليق ينتظر القبول");

    await page.goto("/admin/comments?queue=pending");
    await page.locator(`[data-comment-id="${second}"]`).getByRole("button", { name: "قبول" }).click();
    await expect(page.getByRole("status")).toContainText("قبول: 1 تعليق");
    await fresh.reload();
    await expect(fresh.locator(".comment-list")).toContainText("تعليق سيصبح سبام");
    await page.goto("/admin/comments?queue=approved");
    await page.locator(`[data-comment-id="${second}"]`).getByRole("button", { name: "سبام" }).click();
    await expect(page.getByRole("status")).toContainText("سبام: 1 تعليق");
    await fresh.reload();
    await expect(fresh.locator(".comments")).not.toContainText("تعليق سيصبح سبام");

    // History: who, from which status to which.
    await page.goto(`/admin/comments/${pending}`);
    const history = page.locator(".moderation-history");
    await expect(history).toContainText(`${moderator.name}: بانتظار المراجعة ← منشور`);
    await expect(history).toContainText(`${moderator.name}: منشور ← مرفوض`);
    // The way back points the way Arabic reads (to the right) and says where it goes.
    await expect(page.getByRole("link", { name: "→ العودة إلى الطوابير" })).toHaveAttribute("href", "/admin/comments");
    expect(count("AuditLog", "action = 'comment.approve' AND entityId = ? AND actorId = ?", String(pending), moderator.id)).toBe(1);
    await fresh.close();
    await visitor.close();
  });

  test("reported queue: three reports move a comment there with its reasons; keeping it clears the flag", async ({ page, request }) => {
    const id = newArticle("مادة للبلاغات");
    const c = insertComment({ articleId: id, body: "تعليق عليه بلاغات" });
    for (const reason of ["abusive", "spam", "abusive"]) {
      expect((await request.post(`/api/comments/${c}/reports`, { data: { reason }, headers: { "x-forwarded-for": clientIp() } })).status()).toBe(201);
    }
    await loginAs(page, "moderator");
    await page.goto("/admin/comments?queue=reported");
    const item = page.locator(`[data-comment-id="${c}"]`);
    await expect(item).toContainText("البلاغات (3): مسيء ×2، إعلان أو سبام");
    await item.getByRole("button", { name: "قبول" }).click();
    await expect(page.getByRole("status")).toContainText("قبول: 1 تعليق");
    await expect(page.locator(`[data-comment-id="${c}"]`)).toHaveCount(0);
    expect(commentRow(c)).toMatchObject({ status: "approved", flagged: 0 });
  });

  test("per-article override: a moderator switches one piece to post-moderation", async ({ page, request }) => {
    const id = newArticle("مادة بتجاوز السياسة");
    const c = insertComment({ articleId: id, body: "تعليق سابق", status: "pending" });
    await loginAs(page, "moderator");
    await page.goto(`/admin/comments/${c}`);
    await page.getByLabel("السياسة").selectOption("post");
    await page.getByRole("button", { name: "احفظ السياسة" }).click();
    await expect(page.getByRole("status")).toHaveText("حُفظت سياسة الإشراف لهذه المادة.");
    const res = await request.post(`/api/articles/${id}/comments`, { data: { name: "قارئ", body: "يظهر مباشرة" }, headers: { "x-forwarded-for": clientIp() } });
    expect(await res.json()).toMatchObject({ status: "approved" });
    const other = newArticle("مادة بسياسة الموقع");
    const res2 = await request.post(`/api/articles/${other}/comments`, { data: { name: "قارئ", body: "ينتظر" }, headers: { "x-forwarded-for": clientIp() } });
    expect(await res2.json()).toMatchObject({ status: "pending" });
  });

  test("bulk: select all on the page and reject; keyboard shortcut approves", async ({ page }) => {
    const id = newArticle("مادة للإشراف الجماعي");
    // Clear the pending queue of other tests' leftovers so the page holds only ours.
    testDb().prepare(`UPDATE Comment SET status = 'rejected' WHERE status = 'pending'`).run();
    const ids = [1, 2, 3].map((i) => insertComment({ articleId: id, body: `تعليق جماعي ${i}`, status: "pending" }));
    await loginAs(page, "editor");
    await page.goto("/admin/comments?queue=pending");
    await expect(page.locator(".moderation-item")).toHaveCount(3);
    await page.locator(`[data-comment-id="${ids[0]}"]`).focus();
    await page.keyboard.press("a");
    await expect(page.getByRole("status")).toContainText("قبول: 1 تعليق");
    expect(commentRow(ids[0]!)!.status).toBe("approved");
    await page.getByLabel("تحديد الكل في هذه الصفحة").check();
    await page.getByRole("button", { name: "رفض المحدد" }).click();
    await expect(page.getByRole("status")).toContainText("رفض: 2 تعليق");
    expect(ids.slice(1).map((i) => commentRow(i)!.status)).toEqual(["rejected", "rejected"]);
    await expect(page.getByText("لا توجد تعليقات في هذا الطابور.")).toBeVisible();
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 700 }, isMobile: true, hasTouch: true });

    test("j and k keep the current comment in view, clear of the menu bar", async ({ page }) => {
      const id = newArticle("مادة لاختصارات الهاتف");
      for (let i = 1; i <= 8; i++) insertComment({ articleId: id, body: `تعليق طويل رقم ${i} `.repeat(12), status: "pending" });
      await loginAs(page, "moderator");
      await page.goto("/admin/comments?queue=pending");
      const bar = await page.getByRole("navigation", { name: "قائمة لوحة التحكم" }).boundingBox();
      const current = page.locator(".moderation-item.is-current");
      // Its top (name and decision buttons start there) ends up below the bar and above the fold
      // (the page scrolls smoothly, so wait for it to settle).
      const inView = (step: string) =>
        expect
          .poll(async () => {
            const box = await current.boundingBox();
            if (!box) return "no current comment";
            if (box.y < bar!.y + bar!.height - 1) return `under the menu bar (top ${Math.round(box.y)})`;
            if (box.y + Math.min(box.height, 120) > 700) return `below the fold (top ${Math.round(box.y)})`;
            return "in view";
          }, { message: step })
          .toBe("in view");
      for (let i = 1; i <= 7; i++) {
        await page.keyboard.press("j");
        await inView(`after j ×${i}`);
      }
      for (let i = 1; i <= 4; i++) {
        await page.keyboard.press("k");
        await inView(`after k ×${i}`);
      }
    });
  });

  test("blocking a client: their next comment is politely refused", async ({ page, request }) => {
    const id = newArticle("مادة للحظر");
    const ip = clientIp();
    const res = await request.post(`/api/articles/${id}/comments`, { data: { name: "مزعج", body: "تعليق أول" }, headers: { "x-forwarded-for": ip } });
    expect(res.status()).toBe(201);
    const commentId = commentsOf(id)[0]!.id;
    await loginAs(page, "moderator");
    await page.goto(`/admin/comments/${commentId}`);
    await page.getByLabel("المدة").selectOption("7");
    await page.getByRole("button", { name: "احظر" }).click();
    await expect(page.getByText("تم الحظر.")).toBeVisible();
    const again = await request.post(`/api/articles/${id}/comments`, { data: { name: "اسم جديد", body: "تعليق ثان" }, headers: { "x-forwarded-for": ip } });
    expect(again.status()).toBe(403);
    expect((await again.json()).message).toBe("عذراً، لا يمكنك التعليق حالياً. شكراً لتفهمك.");
  });

  test("settings: banned words refuse comments matched on normalised Arabic", async ({ page, request }) => {
    await loginAs(page, "moderator");
    await page.goto("/admin/comments/settings");
    await page.getByLabel(/كلمات محظورة/).fill("كلمةممنوعة");
    await page.getByRole("button", { name: "احفظ" }).click();
    await expect(page.getByRole("status")).toHaveText("حُفظت إعدادات التعليقات.");
    const id = newArticle("مادة للكلمات المحظورة");
    const res = await request.post(`/api/articles/${id}/comments`, { data: { name: "قارئ", body: "هذه كَلِمـةمَمْنوعة هنا" }, headers: { "x-forwarded-for": clientIp() } });
    expect(res.status()).toBe(422);
    expect((await res.json()).code).toBe("banned_words");
    const ok = await request.post(`/api/articles/${id}/comments`, { data: { name: "قارئ", body: "كلمةممنوعةجداً ليست هي" }, headers: { "x-forwarded-for": clientIp() } });
    expect(ok.status()).toBe(201);
    await page.getByLabel(/كلمات محظورة/).fill("");
    await page.getByRole("button", { name: "احفظ" }).click();
    await expect(page.getByRole("status")).toHaveText("حُفظت إعدادات التعليقات.");
  });

  test("a moderator cannot reach the article editor", async ({ page }) => {
    await loginAs(page, "moderator");
    await page.goto("/admin");
    await expect(page.getByRole("navigation", { name: "قائمة لوحة التحكم" }).getByRole("link", { name: "التعليقات", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "مقال جديد" })).toHaveCount(0);
    await page.goto("/admin/articles/new");
    await expect(page.getByRole("heading", { name: "مقال جديد" })).toHaveCount(0);
    await expect(page.getByRole("textbox")).toHaveCount(0);
  });

  test("a reader cannot reach the queues; a writer is refused", async ({ page, browser }) => {
    const anon = await browser.newPage();
    await anon.goto("/admin/comments");
    await expect(anon).toHaveURL(/\/login/);
    await expect(anon.getByRole("heading", { name: "التعليقات" })).toHaveCount(0);
    await anon.close();
    await loginAs(page, "writer");
    await page.goto("/admin/comments");
    await expect(page.getByText("ليست لديك صلاحية لإدارة التعليقات.")).toBeVisible();
    await expect(page.locator(".moderation-item")).toHaveCount(0);
  });
});
