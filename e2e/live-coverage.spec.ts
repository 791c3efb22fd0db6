import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { uniq } from "./support/articles";
import { loginAs } from "./support/auth";
import { insertArticle, testDb } from "./support/db";
import { E2E_BASE_URL } from "./support/env";

// Issue 15, live coverage (decisions 192–193): an editor covers a published piece live from the
// desk; a reader's open page offers each new update («تحديثات جديدة») without a reload and
// without moving what they read; key events are listed at the top; ending the coverage leaves an
// ordinary article with its updates.

const jsonLdTypes = (page: Page) =>
  page.locator('script[type="application/ld+json"]').evaluateAll((els) => els.map((e) => (JSON.parse(e.textContent ?? "{}") as { "@type"?: string })["@type"]));

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function postUpdate(desk: Page, text: string, keyEvent = false) {
  const form = desk.getByRole("form", { name: "تحديث جديد" });
  await form.getByRole("textbox", { name: "نص التحديث" }).click();
  await desk.keyboard.type(text);
  if (keyEvent) await form.getByLabel(/حدث رئيسي/).check();
  const before = await desk.locator(".live-desk-list > li").count();
  await form.getByRole("button", { name: "انشر التحديث" }).click();
  await expect(form.getByRole("status")).toHaveText("نُشر التحديث.");
  await expect(desk.locator(".live-desk-list > li")).toHaveCount(before + 1);
  await expect(desk.locator(".live-desk-list > li").first()).toContainText(text.trim());
}

/** On the live desk: rewrite one update's text, then delete another (confirming), leaving one. */
async function editThenDelete(desk: Page, edit: { from: string; to: string }, deleted: string) {
  await desk.getByRole("button", { name: `عدّل التحديث: ${edit.from}` }).click();
  const form = desk.getByRole("form", { name: "تعديل التحديث" });
  await form.getByRole("textbox", { name: "نص التحديث" }).click();
  await desk.keyboard.press("Control+A");
  await desk.keyboard.type(edit.to);
  await form.getByRole("button", { name: "احفظ التعديل" }).click();
  await expect(desk.getByRole("button", { name: `عدّل التحديث: ${edit.to}` })).toBeVisible();
  await desk.getByRole("button", { name: `احذف التحديث: ${deleted}` }).click();
  await desk.getByRole("button", { name: "نعم، احذف التحديث" }).click();
  await expect(desk.getByRole("heading", { name: "التحديثات (1)" })).toBeVisible();
}

const readerPage = async (browser: Browser, javaScriptEnabled = true) => (await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled })).newPage();

test("an editor covers a piece live; a reader's open page shows the new update without a reload", async ({ page, browser }) => {
  test.slow();
  await loginAs(page, "editor");
  const title = `تغطية مباشرة للفيضان ${uniq()}`;
  const id = insertArticle({ title, status: "published", bodyHtml: "<p>مقدمة: أمطار غزيرة في بغداد منذ الصباح.</p>" });
  await page.goto(`/admin/articles/${id}/live`);
  await expect(page.getByRole("heading", { level: 2, name: "الحالة: لم تبدأ" })).toBeVisible();
  await page.getByRole("button", { name: "ابدأ التغطية المباشرة" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "الحالة: جارية الآن" })).toBeVisible();
  await postUpdate(page, "بدأت فرق الدفاع المدني سحب المياه من الشوارع.");

  // The reader opens the piece: the first update, the live mark, LiveBlogPosting.
  const reader = await readerPage(browser);
  await reader.goto(`/${id}`);
  const updates = reader.locator(".live-updates .live-update");
  await expect(updates).toHaveCount(1);
  await expect(reader.getByRole("heading", { name: /التغطية المباشرة/ })).toBeVisible();
  expect(await jsonLdTypes(reader)).toContain("LiveBlogPosting");
  expect(await jsonLdTypes(reader)).not.toContain("NewsArticle");
  await reader.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  // A key event from the desk arrives on the open page, behind a polite notice.
  const key = "إغلاق جسر الجمهورية أمام السيارات";
  await postUpdate(page, key, true);
  const notice = reader.getByRole("button", { name: /تحديثات جديدة/ });
  await expect(notice).toBeVisible({ timeout: 40_000 });
  await expect(reader.locator(".live-notice")).toHaveAttribute("aria-live", "polite");
  await expect(reader.locator(".live-notice")).toContainText("تحديثات جديدة");
  await expect(updates, "nothing is inserted before the reader asks").toHaveCount(1);
  await notice.click();
  await expect(updates).toHaveCount(2);
  await expect(updates.first()).toContainText(key);
  await expect(updates.first()).toBeFocused();
  await expect(updates.first().locator("time")).toHaveText(/\d{2}:\d{2} [صم]$/);
  const keyEvents = reader.getByRole("navigation", { name: "أبرز الأحداث" });
  await expect(keyEvents.getByRole("link", { name: new RegExp(key) })).toHaveAttribute("href", /#update-\d+$/);
  expect(await reader.evaluate(() => (window as unknown as { marker?: number }).marker), "the page was not reloaded").toBe(42);
  await expect(notice).toBeHidden();
  expect(await seriousViolations(reader)).toEqual([]);

  // Without JavaScript a reload shows the same, key events included.
  const plain = await readerPage(browser, false);
  await plain.goto(`/${id}`);
  await expect(plain.locator(".live-update")).toHaveCount(2);
  await expect(plain.getByRole("navigation", { name: "أبرز الأحداث" })).toContainText(key);

  // The editor ends the coverage: an ordinary article that keeps its updates.
  await page.getByRole("button", { name: "أنهِ التغطية المباشرة" }).click();
  await page.getByRole("button", { name: "نعم، أنهِ التغطية" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "الحالة: انتهت" })).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole("heading", { name: "التغطية كما جرت" })).toBeVisible();
  await expect(reader.locator(".live-update")).toHaveCount(2);
  await expect(reader.locator(".live-badge")).toHaveCount(0);
  expect(await jsonLdTypes(reader)).toContain("NewsArticle");
  expect(await jsonLdTypes(reader)).not.toContain("LiveBlogPosting");
  const audited = testDb().prepare(`SELECT action FROM AuditLog WHERE entityType = 'article' AND entityId = ? AND action LIKE 'live.%' ORDER BY id`).all(String(id)) as { action: string }[];
  expect(audited.map((a) => a.action)).toEqual(["live.start", "live.update_add", "live.update_add", "live.end"]);
});

test("a reader's open page follows the desk's edits and deletions without a reload: the edited update changes in place, the deleted one goes, the key events follow", async ({ page, browser }) => {
  test.slow();
  await loginAs(page, "editor");
  const id = insertArticle({ title: `تغطية تتبدل ${uniq()}`, status: "published" });
  await page.goto(`/admin/articles/${id}/live`);
  await page.getByRole("button", { name: "ابدأ التغطية المباشرة" }).click();
  await postUpdate(page, "انقطاع الكهرباء في الكرخ", true);
  await postUpdate(page, "خبر لم يتأكد بعد");

  const reader = await readerPage(browser);
  await reader.goto(`/${id}`);
  const updates = reader.locator(".live-updates .live-update");
  await expect(updates).toHaveCount(2);
  const keyEvents = reader.getByRole("navigation", { name: "أبرز الأحداث" });
  await expect(keyEvents.getByRole("link")).toHaveText([/انقطاع الكهرباء في الكرخ/]);
  await reader.evaluate(() => ((window as unknown as { marker: number }).marker = 7));

  await editThenDelete(page, { from: "انقطاع الكهرباء في الكرخ", to: "انقطاع الكهرباء في الكرخ والرصافة" }, "خبر لم يتأكد بعد");

  // The open page catches up at its next poll (every 10 s, answers cached 5 s).
  await expect(updates).toHaveCount(1, { timeout: 40_000 });
  await expect(updates.first()).toContainText("انقطاع الكهرباء في الكرخ والرصافة", { timeout: 20_000 });
  await expect(reader.locator("body")).not.toContainText("خبر لم يتأكد بعد");
  await expect(keyEvents.getByRole("link")).toHaveText([/انقطاع الكهرباء في الكرخ والرصافة/]);
  expect(await reader.evaluate(() => (window as unknown as { marker?: number }).marker), "the page was not reloaded").toBe(7);
  // What the open page shows is what a reload shows.
  const liveHtml = await updates.evaluateAll((els) => els.map((e) => e.outerHTML));
  await reader.reload();
  expect(await updates.evaluateAll((els) => els.map((e) => e.outerHTML))).toEqual(liveHtml);
});

test("updates are edited and deleted from the desk (audited, readers see the change); writers and moderators are refused", async ({ page, browser }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `تغطية للتعديل ${uniq()}`, status: "published" });
  await page.goto(`/admin/articles/${id}/live`);
  await page.getByRole("button", { name: "ابدأ التغطية المباشرة" }).click();
  await postUpdate(page, "تحديث فيه خطأ إملائي");
  await postUpdate(page, "تحديث سيُحذف");
  // An empty update is refused with an Arabic message.
  await page.getByRole("form", { name: "تحديث جديد" }).getByRole("button", { name: "انشر التحديث" }).click();
  await expect(page.getByRole("form", { name: "تحديث جديد" }).getByRole("alert")).toContainText("اكتب نص التحديث");

  await editThenDelete(page, { from: "تحديث فيه خطأ إملائي", to: "تحديث مصحّح" }, "تحديث سيُحذف");

  const reader = await readerPage(browser);
  await reader.goto(`/${id}`);
  await expect(reader.locator(".live-update")).toHaveCount(1);
  await expect(reader.locator(".live-update")).toContainText("تحديث مصحّح");
  await expect(reader.locator("body")).not.toContainText("تحديث سيُحذف");
  const api = await reader.request.get(`/api/live/${id}`);
  expect(api.headers()["cache-control"]).toMatch(/max-age=5/);
  expect(((await api.json()) as { updates: unknown[] }).updates).toHaveLength(1);
  expect((await reader.request.get(`/api/live/2147483648`)).status()).toBe(404);
  expect((await reader.request.get(`/api/live/${id}?after=99999999999999999999`)).status()).toBe(200);

  const audited = testDb().prepare(`SELECT action FROM AuditLog WHERE entityId = ? AND action IN ('live.update_edit', 'live.update_delete')`).all(String(id)) as { action: string }[];
  expect(audited.map((a) => a.action).sort()).toEqual(["live.update_delete", "live.update_edit"]);
  await loginAs(page, "admin"); // the audit log is the admins'
  await page.goto("/admin/audit");
  await expect(page.getByText(/حذف تحديثاً مباشراً من مقالة/).first()).toBeVisible();

  for (const role of ["writer", "moderator"] as const) {
    const context = await browser.newContext({ baseURL: E2E_BASE_URL });
    const other = await context.newPage();
    await loginAs(other, role);
    const res = await other.goto(`/admin/articles/${id}/live`);
    expect(res?.status(), `${role} may not open the desk`).toBe(404);
    await context.close();
  }
});

test("the live desk at 360 px: no sideways scrolling, no serious accessibility violations", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `تغطية على الهاتف ${uniq()}`, status: "published" });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`/admin/articles/${id}/live`);
  await page.getByRole("button", { name: "ابدأ التغطية المباشرة" }).click();
  await postUpdate(page, "تحديث على الهاتف ".repeat(8), true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
});
