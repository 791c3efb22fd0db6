import { counted, RESULTS } from "../lib/arabic/plural";
import { expect, test } from "./support/test";
import { insertArticle, testDb } from "./support/db";
import { publishArticle } from "./support/search-index";

// Search that ranks like a reader expects (issue 11, decisions 165–167): on the demo paper.

const results = (page: import("@playwright/test").Page) => page.locator("main .search-results > li");
const titles = (page: import("@playwright/test").Page) => page.locator("main .search-results h2 a").allInnerTexts();
const q = (s: string) => `/search?q=${encodeURIComponent(s)}`;

test.describe("ranking", () => {
  test("«الموازنة»: the newest piece whose title holds the word (the demo home's lead) is among the first three, and every hit shows the word marked", async ({ page }) => {
    // Read from the database, not from the home page: earlier specs publish newer leads.
    const row = testDb()
      .prepare("SELECT title FROM Article WHERE status = 'published' AND title LIKE '%الموازنة%' ORDER BY publishedAt DESC LIMIT 1")
      .get() as { title: string };
    const lead = row.title;
    await page.goto(q("الموازنة"));
    const top = (await titles(page)).slice(0, 3);
    expect(top).toContain(lead);
    // The first three are title matches: the word, with or without its article, marked in the title.
    for (let i = 0; i < 3; i++) await expect(results(page).nth(i).locator("h2 mark").first(), `hit ${i + 1}'s title holds the word`).toHaveText(/موازنة/);
    const n = Math.min(10, await results(page).count());
    expect(n).toBeGreaterThan(3);
    for (let i = 0; i < n; i++) await expect(results(page).nth(i).locator("mark").first(), `hit ${i + 1} shows why it matched`).toBeVisible();
  });

  test("«اسعار الدولار»: the exact title «قائمة مسائية بأسعار الدولار في العراق» comes first, «بأسعار» marked", async ({ page }) => {
    await page.goto(q("اسعار الدولار"));
    const first = results(page).first();
    await expect(first.locator("h2")).toHaveText("قائمة مسائية بأسعار الدولار في العراق");
    await expect(first.locator("h2 mark")).toHaveText(["بأسعار", "الدولار"]);
  });
});

test.describe("snippets", () => {
  test("a piece found by its body shows the passage where the word stands, marked, and the body's text is never markup", async ({ page }) => {
    const word = `زعفرانيات${Date.now() % 100000}`;
    const filler = "وتابع المتحدث حديثه عن تفاصيل كثيرة تخص الشأن المحلي والخدمات اليومية للمواطنين. ".repeat(12);
    const id = insertArticle({
      title: `تقرير مطول عن الأسواق الشعبية ${word.slice(-5)}`,
      bodyHtml: `<p>${filler}</p><p>وفي ختام الجولة قال التجار إن ${word} صارت نادرة &lt;b&gt;هذا الموسم&lt;/b&gt; في الأسواق.</p>`,
    });
    // The plain text the newsroom stores beside the HTML: a body may well hold angle brackets.
    testDb().prepare(`UPDATE Article SET bodyText = replace(replace(bodyText, '&lt;', '<'), '&gt;', '>') WHERE id = ?`).run(id);
    publishArticle(id);
    await page.goto(q(word));
    const hit = results(page).first();
    await expect(hit.locator("h2 a")).toHaveAttribute("href", new RegExp(`^/${id}/`));
    const snippet = hit.locator(".search-snippet");
    await expect(snippet.locator("mark")).toHaveText(word);
    await expect(snippet).toContainText("وفي ختام الجولة");
    await expect(snippet).toContainText("<b>هذا الموسم</b>");
    await expect(snippet.locator("b")).toHaveCount(0);
    // The fixed excerpt (the body's first words) is not what is shown.
    await expect(snippet).not.toContainText("وتابع المتحدث حديثه عن تفاصيل كثيرة تخص الشأن المحلي والخدمات اليومية للمواطنين. وتابع");
  });
});

test.describe("filters and order", () => {
  test("a section narrows the results to that section (form without JavaScript)", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(q("العراق"));
    const all = await results(page).count();
    const sections = new Set(await page.locator("main .search-results .card-section").allInnerTexts());
    expect(sections.size).toBeGreaterThan(1);
    await page.getByLabel("القسم", { exact: true }).selectOption({ label: "رياضة" });
    await page.getByRole("search").filter({ has: page.locator("#search-page-q") }).getByRole("button", { name: "بحث" }).click();
    await expect(page).toHaveURL(/section=sports/);
    const narrowed = await page.locator("main .search-results .card-section").allInnerTexts();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all);
    expect(new Set(narrowed)).toEqual(new Set(["رياضة"]));
    await expect(page.getByLabel("القسم", { exact: true })).toHaveValue("sports");
    await context.close();
  });

  test("«الأحدث» orders by publication time, newest first, on every page", async ({ page }) => {
    await page.goto(q("المدى"));
    await page.getByLabel("الترتيب", { exact: true }).selectOption({ label: "الأحدث" });
    await page.getByRole("search").filter({ has: page.locator("#search-page-q") }).getByRole("button", { name: "بحث" }).click();
    await expect(page).toHaveURL(/sort=newest/);
    const times = async () => (await page.locator("main .search-results time").evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute("datetime")!))));
    const first = await times();
    expect(first.length).toBeGreaterThan(5);
    expect([...first].sort((a, b) => b - a)).toEqual(first);
    await page.getByRole("link", { name: "التالي" }).click();
    const second = await times();
    expect(second.length).toBeGreaterThan(0);
    expect([...second].sort((a, b) => b - a)).toEqual(second);
    expect(Math.max(...second)).toBeLessThanOrEqual(Math.min(...first));
  });

  test("a date range (Baghdad days) keeps only what was published within it", async ({ page }) => {
    // Two pieces on either side of midnight in Baghdad (21:00 UTC).
    const word = `قرنفليات${Date.now() % 100000}`;
    const inside = insertArticle({ title: `${word} داخل المدة`, publishedAt: new Date("2025-03-10T20:30:00Z") });
    const outside = insertArticle({ title: `${word} خارج المدة`, publishedAt: new Date("2025-03-10T21:30:00Z") });
    publishArticle(inside, new Date("2025-03-10T20:30:00Z"));
    publishArticle(outside, new Date("2025-03-10T21:30:00Z"));
    await page.goto(`${q(word)}&from=2025-03-01&to=2025-03-10`);
    await expect(page.locator("main .search-results h2 a")).toHaveCount(1);
    await expect(page.locator("main .search-results h2 a")).toHaveAttribute("href", new RegExp(`^/${inside}/`));
    await expect(page.getByRole("status").filter({ hasText: "نتيجة" })).toHaveText(counted(1, RESULTS));
    await page.goto(`${q(word)}&from=2025-03-11&to=2025-03-11`);
    await expect(page.locator("main .search-results h2 a")).toHaveAttribute("href", new RegExp(`^/${outside}/`));
    await page.goto(q(word));
    await expect(page.getByRole("status").filter({ hasText: "نتيجت" })).toHaveText(counted(2, RESULTS));
  });

  test("parameters it cannot use are ignored with an Arabic message, never an error", async ({ page }) => {
    const res = await page.goto(`${q("بغداد")}&from=2026-02-30&to=later&sort=oldest&section=nowhere&page=x`);
    expect(res?.status()).toBe(200);
    const notice = page.locator("main .notice").first();
    await expect(notice).toContainText("تاريخ «من» غير صالح");
    await expect(notice).toContainText("طريقة الترتيب غير معروفة");
    await expect(notice).toContainText("لا يوجد قسم بهذا الاسم");
    await expect(results(page).first()).toBeVisible();
  });
});

test.describe("«هل تقصد»", () => {
  test("a misspelt word gets a suggestion that links to the corrected search", async ({ page }) => {
    await page.goto(q("الموزانة"));
    await expect(page.locator("main")).toContainText("لم نعثر على نتائج");
    const link = page.locator(".did-you-mean a");
    await expect(link).toHaveText("الموازنة");
    await link.click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent("الموازنة")}`));
    await expect(results(page).first()).toBeVisible();
    await expect(page.locator(".did-you-mean")).toHaveCount(0);
  });
});

test.describe("layout", () => {
  test("at 360 px the search page with results and filters fits the screen, and the filters wrap", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${q("الإطار التنسيقي")}&sort=newest&from=2024-01-01`);
    await expect(results(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const tops = await page.locator(".search-filters > div").evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBeGreaterThan(1);
    for (const box of await page.locator(".search-filters > div").evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().toJSON()))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(360);
    }
  });
});
