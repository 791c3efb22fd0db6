import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createUser, loginAs, type TestUser } from "./support/auth";
import { insertComment } from "./support/comments";
import { insertArticle } from "./support/db";
import { uniq } from "./support/articles";
import { E2E_BASE_URL } from "./support/env";

// The audit log as an admin reads it (issue 12, point 5; decision 140): every event is an
// Arabic sentence with links to the person and the object, filtered by person, kind and date
// with a plain GET form; nothing on the page is an untranslated key, a raw id or raw JSON.

/** Keys such as «comment.approve» that must never reach the page's text. */
const RAW_KEY = /\b(?:article|comment|auth|staff|settings|section|tag|supplement|author|media|mail)\.[a-z_]+\b/;

let clients = 0;
/** Sign-in limits count per client: this spec's browsers speak from addresses of their own. */
const ownAddress = () => `2001:db8:a0d:${process.pid.toString(16)}::${(++clients).toString(16)}`;
async function newClient(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-IQ", timezoneId: "Asia/Baghdad", extraHTTPHeaders: { "x-forwarded-for": ownAddress() } });
}

async function expectNothingRaw(page: Page, ...ids: string[]) {
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(RAW_KEY);
  expect(text).not.toMatch(/[{}]|":/);
  for (const id of ids) expect(text).not.toContain(id);
}

async function filter(page: Page, opts: { person?: string; kind?: string }) {
  const form = page.getByRole("search", { name: "تصفية السجل" });
  if (opts.person) await form.getByLabel("الشخص").selectOption({ label: opts.person });
  if (opts.kind) await form.getByLabel("نوع الحدث").selectOption({ label: opts.kind });
  await form.getByRole("button", { name: "تصفية" }).click();
}

test("an editor publishes a piece and approves a comment; an admin finds both as Arabic sentences with working links", async ({ page, browser }) => {
  const title = `مادة السجل ${uniq()}`;
  const id = insertArticle({ title, status: "in_review" });
  const commented = `مادة التعليق ${uniq()}`;
  const published = insertArticle({ title: commented });
  const comment = insertComment({ articleId: published, body: "تعليق ينتظر الموافقة", authorName: "قارئ السجل", status: "pending" });

  const editor = await loginAs(page, "editor", { name: `سارة المحررة ${uniq()}` });
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("button", { name: "نشر الآن" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("نُشر المقال.");
  await page.goto("/admin/comments");
  await page.locator(`[data-comment-id="${comment}"]`).getByRole("button", { name: "قبول" }).click();
  await expect(page.getByRole("status")).toContainText("قبول: 1 تعليق");

  const admin = await newClient(browser);
  const adminPage = await admin.newPage();
  await loginAs(adminPage, "admin");
  await adminPage.goto("/admin/audit");
  await expectNothingRaw(adminPage, editor.id);

  await filter(adminPage, { person: editor.name, kind: "نشر مقالة" });
  await expect(adminPage).toHaveURL(/[?&]actor=/);
  const entries = adminPage.getByRole("listitem").filter({ has: adminPage.locator(".audit-sentence") });
  await expect(entries).toHaveCount(1);
  await expect(entries.first().locator(".audit-sentence")).toHaveText(`${editor.name} نشر مقالة «${title}»`);
  await expectNothingRaw(adminPage, editor.id);
  // The object link opens the piece in the editor.
  await entries.first().getByRole("link", { name: title }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/admin/articles/${id}$`));
  await adminPage.goBack();
  await adminPage.getByRole("search", { name: "تصفية السجل" }).getByLabel("نوع الحدث").selectOption({ label: "قبول تعليق" });
  await adminPage.getByRole("search", { name: "تصفية السجل" }).getByRole("button", { name: "تصفية" }).click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first().locator(".audit-sentence")).toHaveText(`${editor.name} قبل تعليق قارئ السجل على «${commented}»`);
  await expectNothingRaw(adminPage, editor.id);
  await entries.first().getByRole("link", { name: "تعليق قارئ السجل" }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/admin/comments/${comment}$`));
  await adminPage.goBack();
  // Everything this person did: the two events, newest first.
  await filter(adminPage, { kind: "كل الأحداث" });
  await expect(adminPage.locator(".audit-sentence")).toHaveText([`${editor.name} قبل تعليق قارئ السجل على «${commented}»`, `${editor.name} نشر مقالة «${title}»`]);
  // The person's link opens their row on the staff screen.
  await entries.first().getByRole("link", { name: editor.name }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/admin/staff#user-${editor.id}$`));
  await expect(adminPage.locator(`#user-${editor.id}`)).toContainText(editor.email);
  await admin.close();
});

test("sign-ins, failed sign-ins and sign-outs appear in the log; a date range narrows it, without JavaScript too", async ({ browser }) => {
  const password = "an-audit-passphrase-42";
  const writer: TestUser = await createUser("writer", { password, name: `كاتب الدخول ${uniq()}` });
  const ctx = await newClient(browser);
  const page = await ctx.newPage();
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(writer.email);
  await page.getByLabel("كلمة المرور").fill("not-the-password-1");
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page.locator(".auth-card").getByRole("alert")).toBeVisible();
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/login/);
  await ctx.close();

  const admin = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: false });
  const adminPage = await admin.newPage();
  await loginAs(adminPage, "admin");
  await adminPage.goto("/admin/audit");
  await filter(adminPage, { person: writer.name, kind: "كل أحداث الدخول والخروج" });
  const sentences = adminPage.locator(".audit-sentence");
  await expect(sentences).toHaveText([`${writer.name} خرج من لوحة التحرير`, `${writer.name} دخل إلى لوحة التحرير`, `محاولة دخول فاشلة إلى حساب ${writer.name}`]);
  await expectNothingRaw(adminPage, writer.id);

  // A date range that ends yesterday shows none of today's events.
  const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString("en-CA", { timeZone: "Asia/Baghdad" });
  await adminPage.goto(`/admin/audit?actor=${writer.id}&to=${yesterday}`);
  await expect(sentences).toHaveCount(0);
  await expect(adminPage.getByText("لا أحداث تطابق هذا البحث.")).toBeVisible();
  await admin.close();
});

test("bad filters are explained in Arabic and change nothing; no serious accessibility problem at 390 and 1366 px", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/audit?from=2026-02-31&kind=drop-table&actor=%3Cx%3E");
  const form = page.getByRole("search", { name: "تصفية السجل" });
  await expect(form.getByText("اختر تاريخاً صحيحاً.")).toBeVisible();
  await expect(form.getByText("اختر نوعاً من القائمة.")).toBeVisible();
  await expect(form.getByText("اختر شخصاً من القائمة.")).toBeVisible();
  await expect(page.locator(".audit-sentence").first()).toBeVisible(); // the log, unfiltered
  await expectNothingRaw(page);
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/admin/audit", "/admin/audit?from=2026-02-31"]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} at ${width}px`).toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(serious, `${path} at ${width}px`).toEqual([]);
    }
  }
});
