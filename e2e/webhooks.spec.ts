import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { SESSION_COOKIE, createUser, loginAs, sessionToken } from "./support/auth";
import { uniq } from "./support/articles";
import { count, insertArticle, sqlDate, testDb } from "./support/db";
import { E2E_PORT } from "./support/env";
import { OwnServer } from "./support/own-server";
import { WebhookReceiver, signatureVerifies } from "./support/webhook-receiver";

// Webhooks end to end (issue 16, decision 179), against a real HTTP receiver on loopback
// (127.0.0.2, the one private address the suite's server allows): an admin registers an
// endpoint in the dashboard and keeps the secret shown once; publications reach the receiver
// signed, once; a 500 is retried and then succeeds; a server killed in between loses nothing;
// private addresses are refused in the default settings; only admins reach the screens.

const receiver = new WebhookReceiver();
test.beforeAll(async () => receiver.start());
test.afterAll(async () => receiver.stop());

/** Register an endpoint through the form; returns its id and the secret shown once. */
async function register(page: Page, url: string, name: string): Promise<{ id: number; secret: string }> {
  await page.goto("/admin/webhooks");
  const form = page.getByRole("form", { name: "تسجيل وجهة" });
  await form.getByLabel("عنوان الاستقبال").fill(url);
  await form.getByLabel("اسم يعرّف المستقبِل (اختياري)").fill(name);
  await form.getByRole("button", { name: "سجّل الوجهة" }).click();
  await expect(page.getByRole("status").filter({ hasText: "سُجّلت الوجهة" })).toBeVisible();
  const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
  const row = testDb().prepare(`SELECT id FROM WebhookEndpoint WHERE url = ?`).get(url) as { id: number };
  return { id: row.id, secret };
}

/** Stop an endpoint this test made from hearing later tests' events. */
const retire = (id: number) => testDb().prepare(`UPDATE WebhookEndpoint SET paused = 1 WHERE id = ?`).run(id);

test("an admin registers an endpoint; a publication reaches it once, signed with the secret shown at creation", async ({ page }) => {
  await loginAs(page, "admin");
  const path = `/hook-${uniq()}`;
  const { id: hookId, secret } = await register(page, receiver.url(path), "تطبيق الهاتف");
  try {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // The secret is shown once: the list and the endpoint's page never show it again.
    await page.reload();
    await expect(page.getByText(secret)).toHaveCount(0);
    await expect(page.getByTestId(`webhook-${hookId}`)).toContainText("تطبيق الهاتف");

    const title = `خبر يصل إلى الشركاء ${uniq()}`;
    const articleId = insertArticle({ title, status: "in_review" });
    await page.goto(`/admin/articles/${articleId}`);
    await page.getByRole("button", { name: "نشر الآن" }).click();
    await expect(page.getByTestId("editor-message")).toHaveText("نُشر المقال.");

    await expect.poll(() => receiver.about(path, articleId).length, { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(3000); // a second copy would have come by now (ticks are 1 s apart)
    const got = receiver.about(path, articleId);
    expect(got).toHaveLength(1);
    const d = got[0]!;
    expect(signatureVerifies(secret, d)).toBe(true);
    expect(signatureVerifies(secret, { ...d, body: d.body.replace(title, `${title}!`) })).toBe(false);
    const body = JSON.parse(d.body) as { type: string; timestamp: string; data: { id: number; title: string; url: string } };
    expect(body).toMatchObject({ type: "article.published", data: { id: articleId, title } });
    expect(body.timestamp).toMatch(/\+03:00$/);
    expect(body.data.url).toContain(`/${articleId}/`);
    expect(count("WebhookDelivery", "endpointId = ? AND id = ? AND status = 'succeeded'", hookId, d.id)).toBe(1);

    // The endpoint's page lists it, with its one attempt.
    await page.goto(`/admin/webhooks/${hookId}`);
    const row = page.getByTestId(`delivery-${d.id}`);
    await expect(row).toContainText("نُشر مقال");
    await expect(row).toContainText("وصلت");
    await expect(row.getByTestId("attempt")).toHaveCount(1);
    await expect(row.getByTestId("attempt")).toContainText("200");
  } finally {
    retire(hookId);
  }
});

test("a receiver answering 500 is retried and then succeeds; «أعد الإرسال» sends it again; pause and delete from the dashboard", async ({ page }) => {
  await loginAs(page, "admin");
  const path = `/hook-${uniq()}`;
  // A form without an event is refused in Arabic, and nothing is registered.
  await page.goto("/admin/webhooks");
  const form = page.getByRole("form", { name: "تسجيل وجهة" });
  await form.getByLabel("عنوان الاستقبال").fill(receiver.url(path));
  for (const box of await form.getByRole("checkbox").all()) await box.uncheck();
  await form.getByRole("button", { name: "سجّل الوجهة" }).click();
  await expect(form.getByText("اختر حدثاً واحداً على الأقل.")).toBeVisible();
  expect(count("WebhookEndpoint", "url = ?", receiver.url(path))).toBe(0);

  const { id: hookId, secret } = await register(page, receiver.url(path), "شريك يتعثر");
  try {
    receiver.answers.push(500);
    // Published by the scheduler this time: a piece whose time has just come.
    const articleId = insertArticle({ title: `مجدول يصل بعد تعثر ${uniq()}`, status: "scheduled", publishAt: new Date(Date.now() - 1000) });
    await expect.poll(() => receiver.about(path, articleId).map((r) => r.answered), { timeout: 20_000 }).toEqual([500, 200]);
    const [first, second] = receiver.about(path, articleId);
    expect(second!.id).toBe(first!.id); // the same delivery, retried
    expect(signatureVerifies(secret, first!) && signatureVerifies(secret, second!)).toBe(true);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900); // after its wait (1 s in the suite)
    await expect.poll(() => count("WebhookDelivery", "id = ? AND status = 'succeeded'", first!.id)).toBe(1);

    await page.goto(`/admin/webhooks/${hookId}`);
    const row = page.getByTestId(`delivery-${first!.id}`);
    await expect(row).toContainText("وصلت");
    const attempts = row.getByTestId("attempt");
    await expect(attempts).toHaveCount(2);
    await expect(attempts.nth(0)).toContainText("500");
    await expect(attempts.nth(0)).toContainText("ردّ المستقبِل برمز 500");
    await expect(attempts.nth(1)).toContainText("200");

    // «أعد الإرسال»: the receiver gets the same delivery once more, at once.
    await row.getByRole("button", { name: /أعد إرسال/ }).click();
    await expect(row.getByRole("status")).toContainText("أُرسل وقبله المستقبِل");
    expect(receiver.about(path, articleId).map((r) => r.id)).toEqual([first!.id, first!.id, first!.id]);
    await expect(attempts).toHaveCount(3);
    await expect(attempts.nth(2)).toContainText("بإعادة إرسال يدوية");

    // Pause: the next publication is not sent to it.
    await page.getByRole("button", { name: "أوقف الإرسال مؤقتاً" }).click();
    await expect(page.getByText("موقوفة مؤقتاً", { exact: false }).first()).toBeVisible();
    const later = insertArticle({ title: `لا يصل أثناء الإيقاف ${uniq()}`, status: "scheduled", publishAt: new Date(Date.now() - 1000) });
    await expect.poll(() => (testDb().prepare(`SELECT status FROM Article WHERE id = ?`).get(later) as { status: string }).status, { timeout: 10_000 }).toBe("published");
    await page.waitForTimeout(2000);
    expect(receiver.about(path, later)).toHaveLength(0);

    // Delete asks first, then the endpoint and its history are gone; the audit log says so.
    await page.getByRole("button", { name: "احذف الوجهة" }).click();
    await page.getByRole("button", { name: "نعم، احذف الوجهة" }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks$/);
    expect(count("WebhookEndpoint", "id = ?", hookId)).toBe(0);
    expect(count("WebhookDelivery", "endpointId = ?", hookId)).toBe(0);
    for (const action of ["webhook.create", "webhook.resend", "webhook.pause", "webhook.delete"]) expect(count("AuditLog", "action = ? AND entityId = ?", action, String(hookId))).toBe(1);
    await page.goto("/admin/audit");
    await expect(page.getByText("حذف وجهة الإشعارات").first()).toBeVisible();
  } finally {
    retire(hookId);
  }
});

test("a server killed between the failed attempt and the retry loses nothing: the restarted server delivers it", async () => {
  test.setTimeout(120_000);
  const path = `/hook-${uniq()}`;
  const secret = "whsec_" + Buffer.from("a test secret of thirty-two bytes").toString("base64");
  // Retries after 5 s here: time to kill the server between the 500 and the retry.
  const server = new OwnServer(E2E_PORT + 11, { WEBHOOKS_FIRST_RETRY_SECONDS: "5" }, { detached: true });
  await server.copyDatabase();
  const copy = new Database(server.dbFile);
  const t = sqlDate(new Date());
  copy.prepare(`UPDATE WebhookEndpoint SET paused = 1`).run(); // the suite's own endpoints stay out of this
  copy
    .prepare(`INSERT INTO WebhookEndpoint (name, url, secret, events, paused, createdAt, updatedAt) VALUES ('بعد الانقطاع', ?, ?, 'article.published', 0, ?, ?)`)
    .run(receiver.url(path), secret, t, t);
  const section = copy.prepare(`SELECT id FROM Section WHERE slug = 'culture'`).get() as { id: number };
  const articleId = 9_100_000 + Math.floor(Math.random() * 99_999);
  copy
    .prepare(`INSERT INTO Article (id, status, slug, title, bodyHtml, bodyText, sectionId, publishAt, createdAt, updatedAt) VALUES (?, 'scheduled', 'بعد-الانقطاع', 'مجدول قبل الانقطاع', '<p>نص</p>', 'نص', ?, ?, ?, ?)`)
    .run(articleId, section.id, sqlDate(new Date(Date.now() - 60_000)), t, t);
  copy.close();

  receiver.answers.push(500);
  await server.start(); // its first tick publishes the piece; the event is queued with it
  try {
    await expect.poll(() => receiver.about(path, articleId).length, { timeout: 15_000 }).toBe(1);
    // Killed once the failure is recorded (the row waits for its retry, 5 s later), not mid-send.
    const queued = () => {
      const db = new Database(server.dbFile, { readonly: true });
      try {
        return db.prepare(`SELECT status, attempts FROM WebhookDelivery WHERE event = 'article.published' AND payload LIKE ?`).get(`%"id":${articleId},%`);
      } finally {
        db.close();
      }
    };
    await expect.poll(queued, { timeout: 5000, intervals: [100] }).toEqual({ status: "pending", attempts: 1 });
    await server.stopAndWait("SIGKILL");
    expect(queued()).toEqual({ status: "pending", attempts: 1 });
    expect(receiver.about(path, articleId)).toHaveLength(1); // nothing was sent while it was down

    await server.start();
    await expect.poll(() => receiver.about(path, articleId).map((r) => r.answered), { timeout: 20_000 }).toEqual([500, 200]);
    const [first, retry] = receiver.about(path, articleId);
    expect(retry!.id).toBe(first!.id);
    expect(signatureVerifies(secret, retry!)).toBe(true);
    // The receiver's answer is recorded a moment after it answered.
    await expect.poll(queued, { timeout: 5000, intervals: [100] }).toEqual({ status: "succeeded", attempts: 2 });
    const after = new Database(server.dbFile, { readonly: true });
    expect((after.prepare(`SELECT COUNT(*) AS n FROM WebhookAttempt WHERE deliveryId = ?`).get(first!.id) as { n: number }).n).toBe(2);
    after.close();
  } finally {
    await server.stopAndWait();
  }
});

test("in the default settings a private address is refused with an Arabic error, and nothing is registered", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await createUser("admin");
  const cookie = await sessionToken(admin); // its session row goes into the copy below
  // A server with nothing allowed (WEBHOOKS_ALLOW_PRIVATE unset): even the suite's receiver is refused.
  const server = new OwnServer(E2E_PORT + 12, { WEBHOOKS_ALLOW_PRIVATE: undefined });
  await server.copyDatabase();
  await server.start();
  const context = await browser.newContext({ baseURL: server.base });
  try {
    await context.addCookies([{ name: SESSION_COOKIE, value: cookie, url: server.base, httpOnly: true, sameSite: "Lax" }]);
    const page = await context.newPage();
    await page.goto("/admin/webhooks");
    const form = page.getByRole("form", { name: "تسجيل وجهة" });
    for (const url of [receiver.url("/refused"), "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/hook", "http://[::1]:8080/hook"]) {
      await form.getByLabel("عنوان الاستقبال").fill(url);
      await form.getByRole("button", { name: "سجّل الوجهة" }).click();
      await expect(form.getByText("لا يُسمح بعناوين الشبكة الداخلية أو المحلية", { exact: false }).first()).toBeVisible();
      await expect(form.getByLabel("عنوان الاستقبال")).toHaveValue(url); // kept, to correct
    }
    const db = new Database(server.dbFile, { readonly: true });
    expect((db.prepare(`SELECT COUNT(*) AS n FROM WebhookEndpoint WHERE url LIKE '%/refused' OR url LIKE '%169.254%' OR url LIKE '%10.0.0.7%' OR url LIKE '%::1%'`).get() as { n: number }).n).toBe(0);
    db.close();
  } finally {
    await context.close();
    await server.stopAndWait();
  }
});

test("the suite's allow-list lets only its receiver's address through: 127.0.0.1 is still refused", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/webhooks");
  const form = page.getByRole("form", { name: "تسجيل وجهة" });
  await form.getByLabel("عنوان الاستقبال").fill(`http://127.0.0.1:${receiver.port}/hook`);
  await form.getByRole("button", { name: "سجّل الوجهة" }).click();
  await expect(form.getByText("لا يُسمح بعناوين الشبكة الداخلية أو المحلية", { exact: false }).first()).toBeVisible();
});

for (const role of ["writer", "moderator", "editor"] as const) {
  test(`the ${role} role has no webhooks screen and no link to it`, async ({ page }) => {
    await loginAs(page, role);
    await page.goto("/admin");
    await expect(page.getByRole("link", { name: "إشعارات الويب" })).toHaveCount(0);
    const res = await page.goto("/admin/webhooks");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "غير متاح" })).toBeVisible();
    await expect(page.getByRole("form", { name: "تسجيل وجهة" })).toHaveCount(0);
  });
}
