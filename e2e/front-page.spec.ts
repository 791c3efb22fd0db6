import { expect, test } from "./support/test";
import { uniq } from "./support/articles";
import { loginAs } from "./support/auth";
import { expireFrontPage } from "./support/cache";
import { count, insertArticle, sqlDate, testDb } from "./support/db";
import { reindexArticle } from "./support/search-index";

// Front-page curation (issue 15, decisions 180–183): an editor arranges the home page,
// previews it, publishes or schedules it; readers get it at once; a piece that leaves the
// site leaves the page by itself, its slot taken by the automatic choice.

const piece = (title: string, sectionSlug = "politics") => {
  const id = insertArticle({ title, sectionSlug, publishedAt: new Date(Date.now() - 3 * 86_400_000) });
  reindexArticle(id);
  return id;
};
const leadOf = (page: import("@playwright/test").Page) => page.locator(".home-main article.lead h2");

// The other specs expect the automatic home page: leave none of ours behind.
test.afterEach(async ({ request }) => {
  testDb().prepare(`DELETE FROM FrontArrangement`).run();
  await expireFrontPage(request);
});

test("an editor arranges, previews and publishes the front page; readers get it; an unpublished lead gives way to the automatic one", async ({ page, browser }) => {
  await loginAs(page, "editor");
  const tag = uniq();
  const lead = piece(`موازنة الطوارئ تصل البرلمان ${tag}`);
  const first = piece(`أول البارزين ${tag}`);
  const second = piece(`ثاني البارزين ${tag}`, "economy");
  const pinned = piece(`مثبتة في الاقتصاد ${tag}`, "economy");

  await page.goto("/admin/front");
  await expect(page.getByRole("heading", { level: 1, name: "الصفحة الأولى" })).toBeVisible();
  // The lead by searching its title, typed with other letter forms (ه for ة, no ال): normalised like site search.
  await page.getByRole("button", { name: "اختر قطعة: الخبر الرئيسي" }).click();
  await page.getByRole("group", { name: "البحث عن قطعة: الخبر الرئيسي" }).getByRole("searchbox").fill(`موازنه الطوارئ ${tag}`);
  await page.getByRole("button", { name: `موازنة الطوارئ تصل البرلمان ${tag}` }).click();
  await expect(page.getByTestId("slot-lead-0")).toContainText(`موازنة الطوارئ تصل البرلمان ${tag}`);
  // Two top stories by number; a pin in the economy block.
  await page.getByRole("combobox", { name: "عددها" }).selectOption("2");
  await page.getByLabel("رقم القطعة: الخبر البارز الأول").fill(String(first));
  await page.getByLabel("رقم القطعة: الخبر البارز الثاني").fill(String(second));
  // A number typed in a slot is named by its title.
  await expect(page.getByTestId("slot-top-0")).toContainText(`أول البارزين ${tag}`);
  await page.locator("summary", { hasText: "اقتصاد" }).click();
  await page.getByLabel("رقم القطعة: المثبّتة الأولى في اقتصاد").fill(String(pinned));

  // Keyboard reorder: the second top story up, with the button, then back down with Alt+↓.
  const up = page.getByRole("button", { name: "انقل الخبر البارز الثاني إلى أعلى" });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("رقم القطعة: الخبر البارز الأول")).toHaveValue(String(second));
  await expect(page.getByRole("status").filter({ hasText: "الموضع 1 من 2" })).toHaveCount(1);
  // The focus stayed with the moved piece (now first: its «أسفل»), so the keyboard can go on.
  await expect(page.getByRole("button", { name: "انقل الخبر البارز الأول إلى أسفل" })).toBeFocused();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(page.getByLabel("رقم القطعة: الخبر البارز الأول")).toHaveValue(String(first));
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.getByLabel("رقم القطعة: الخبر البارز الأول")).toHaveValue(String(second));

  // The breaking bar until tomorrow.
  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString("en-CA", { timeZone: "Asia/Baghdad" });
  await page.getByLabel("النص", { exact: true }).fill(`عاجل: البرلمان يصوّت الليلة ${tag}`);
  await page.getByLabel("الرابط", { exact: true }).fill(`/${lead}`);
  await page.getByLabel("ينتهي يوم").fill(tomorrow);
  await page.getByLabel("الساعة (بغداد)").first().fill("23:00");

  // Preview: the readers' components with the draft, at an admin-only, unindexed address.
  await page.getByRole("button", { name: "عاين" }).click();
  await expect(page).toHaveURL(/\/admin\/front\/preview\/\d+$/);
  await expect(leadOf(page)).toHaveText(`موازنة الطوارئ تصل البرلمان ${tag}`);
  await expect(page.locator(".top-stories article h3").first()).toHaveText(`ثاني البارزين ${tag}`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const previewUrl = page.url();
  // Not published yet: readers still get the automatic page.
  const reader = await browser.newPage();
  await reader.goto("/");
  await expect(leadOf(reader)).not.toHaveText(`موازنة الطوارئ تصل البرلمان ${tag}`);
  // Nor can a reader open the preview.
  await reader.goto(previewUrl);
  await expect(reader).toHaveURL(/\/login/);

  await page.goto("/admin/front");
  await expect(page.getByLabel("رقم القطعة: الخبر البارز الأول")).toHaveValue(String(second));
  await page.getByRole("button", { name: "انشر الآن" }).click();
  await expect(page.getByText("نُشر الترتيب: يراه القرّاء الآن في الصفحة الأولى.")).toBeVisible();
  expect(count("AuditLog", "action = 'front.publish'")).toBeGreaterThanOrEqual(1);

  // A reader at once (the page had been cached a moment ago).
  await reader.goto("/");
  await expect(leadOf(reader)).toHaveText(`موازنة الطوارئ تصل البرلمان ${tag}`);
  await expect(reader.locator(".top-stories article h3")).toHaveText([`ثاني البارزين ${tag}`, `أول البارزين ${tag}`]);
  await expect(reader.getByRole("region", { name: "عاجل" })).toContainText(`البرلمان يصوّت الليلة ${tag}`);
  await expect(reader.locator("#block-economy").locator("xpath=..").locator("article").first()).toContainText(`مثبتة في الاقتصاد ${tag}`);

  // The lead is unpublished in the newsroom: it leaves the home page, an automatic lead takes its place.
  await page.goto(`/admin/articles/${lead}`);
  await page.getByRole("button", { name: "إلغاء النشر" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "نعم، ألغِ النشر" }).click();
  await expect.poll(() => (testDb().prepare(`SELECT status FROM Article WHERE id = ?`).get(lead) as { status: string }).status).not.toBe("published");
  await reader.goto("/");
  await expect(leadOf(reader)).toHaveCount(1);
  await expect(leadOf(reader)).not.toHaveText(`موازنة الطوارئ تصل البرلمان ${tag}`);
  await expect(reader.getByText(`موازنة الطوارئ تصل البرلمان ${tag}`)).toHaveCount(0);
  // The chosen top stories stay.
  await expect(reader.locator(".top-stories article h3").first()).toHaveText(`ثاني البارزين ${tag}`);

  // The editors' page says why the lead is not shown.
  await page.goto("/admin/front");
  await expect(page.getByTestId("slot-lead-0")).toContainText("تحلّ محلها قطعة تلقائية");
  await reader.close();
});

test("a scheduled arrangement is applied by the scheduler at its time; the history restores an earlier one", async ({ page, browser }) => {
  await loginAs(page, "editor");
  const tag = uniq();
  const firstLead = piece(`الخبر الأول للصفحة ${tag}`);
  const laterLead = piece(`الخبر المجدول للصفحة ${tag}`);

  await page.goto("/admin/front");
  await page.getByLabel("رقم القطعة: الخبر الرئيسي").fill(String(firstLead));
  await page.getByRole("button", { name: "انشر الآن" }).click();
  await expect(page.getByText("نُشر الترتيب")).toBeVisible();

  await page.getByLabel("رقم القطعة: الخبر الرئيسي").fill(String(laterLead));
  await page.getByText("جدول النشر…").click();
  const schedule = page.locator(".front-schedule");
  const year = new Date().getFullYear() + 1;
  await schedule.getByLabel("اليوم").fill(`${year}-01-15`);
  await schedule.getByLabel("الساعة (بغداد)").fill("09:30");
  await schedule.getByRole("button", { name: "جدول" }).click();
  await expect(page.getByText(/جُدول الترتيب للنشر في 15 يناير/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "ترتيبات مجدولة" })).toBeVisible();

  const reader = await browser.newPage();
  await reader.goto("/");
  await expect(leadOf(reader)).toHaveText(`الخبر الأول للصفحة ${tag}`);
  // The time arrives (moved close instead of waiting until next year) with nobody on the dashboard.
  testDb().prepare(`UPDATE FrontArrangement SET publishAt = ? WHERE status = 'scheduled'`).run(sqlDate(new Date(Date.now() + 1500)));
  await expect.poll(() => count("FrontArrangement", "status = 'scheduled'"), { timeout: 10_000 }).toBe(0);
  expect(count("AuditLog", "action = 'front.publish_scheduled'")).toBeGreaterThanOrEqual(1);
  await expect(async () => {
    await reader.goto("/");
    await expect(leadOf(reader)).toHaveText(`الخبر المجدول للصفحة ${tag}`, { timeout: 500 });
  }).toPass({ timeout: 8000 });

  // The history: both publications, the scheduled one by the system; restoring the first asks, then publishes it anew.
  await page.goto("/admin/front/history");
  const rows = page.getByRole("table", { name: "الترتيبات المنشورة" }).getByRole("row");
  await expect(rows.nth(1)).toContainText(`الخبر المجدول للصفحة ${tag}`);
  await expect(rows.nth(1)).toContainText("المنشور الآن");
  await expect(rows.nth(2)).toContainText(`الخبر الأول للصفحة ${tag}`);
  await rows.nth(2).getByRole("button", { name: /استعد/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "نعم، استعد هذا الترتيب" }).click();
  await expect(page.getByText("استُعيد الترتيب ونُشر")).toBeVisible();
  await reader.goto("/");
  await expect(leadOf(reader)).toHaveText(`الخبر الأول للصفحة ${tag}`);
  expect(count("AuditLog", "action = 'front.restore'")).toBeGreaterThanOrEqual(1);
  await reader.close();
});

test("without JavaScript the arrangement is a plain form: «أسفل» saves the new order, «انشر الآن» publishes", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await loginAs(context, "admin");
  const tag = uniq();
  const a = piece(`بلا سكربت أول ${tag}`);
  const b = piece(`بلا سكربت ثان ${tag}`);
  await page.goto("/admin/front");
  await page.getByLabel("رقم القطعة: الخبر البارز الأول").fill(String(a));
  await page.getByLabel("رقم القطعة: الخبر البارز الثاني").fill(String(b));
  await page.getByRole("button", { name: "انقل الخبر البارز الأول إلى أسفل" }).click();
  await expect(page.getByLabel("رقم القطعة: الخبر البارز الأول")).toHaveValue(String(b));
  await expect(page.getByLabel("رقم القطعة: الخبر البارز الثاني")).toHaveValue(String(a));
  await page.getByRole("button", { name: "انشر الآن" }).click();
  await expect.poll(() => count("FrontArrangement", "status = 'published'")).toBe(1);
  await page.goto("/");
  await expect(page.locator(".top-stories article h3").first()).toHaveText(`بلا سكربت ثان ${tag}`);
  await context.close();
});

test("writers and moderators cannot arrange the front page, on the page or through the picker", async ({ page, request }) => {
  for (const role of ["writer", "moderator"] as const) {
    await page.context().clearCookies();
    await loginAs(page, role);
    await page.goto("/admin");
    await expect(page.getByRole("link", { name: "الصفحة الأولى" })).toHaveCount(0);
    await page.goto("/admin/front");
    await expect(page.getByRole("heading", { name: "غير متاح" })).toBeVisible();
    await page.goto("/admin/front/history");
    await expect(page.getByRole("heading", { name: "غير متاح" })).toBeVisible();
    const res = await page.request.get(`/api/admin/front/pieces?q=${encodeURIComponent("خبر")}`);
    expect(res.status()).toBe(403);
    expect((await res.json()).message).toMatch(/صلاحية/);
  }
  const anonymous = await request.get("/api/admin/front/pieces?q=x");
  expect([401, 403]).toContain(anonymous.status());
});
