import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { expireArticlePages } from "./support/cache";
import { insertArticle } from "./support/db";

const SEED_TITLE = "صراعات المنطقة تؤجل انسحاب القوات الأجنبية من العراق";

test("a reader goes from the home page to a section and on to an article", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "يحدث الآن" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "الأكثر قراءة" })).toBeVisible();
  await page.getByRole("navigation", { name: "الأقسام" }).getByRole("link", { name: "سياسية" }).click();
  await expect(page).toHaveURL(/\/section\/politics$/);
  await expect(page.getByRole("heading", { level: 1, name: "سياسية" })).toBeVisible();
  const first = page.locator("main article h2 a").first();
  const title = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("navigation", { name: "مسار التنقل" })).toContainText("سياسية");
});

test("the seed article reads exactly as on the paper", async ({ page }) => {
  await page.goto("/410630");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.locator(".published")).toHaveText("نشر في: 1 أغسطس, 2024: 12:22 ص");
  await expect(page.locator(".byline")).toHaveText("خاص/ المدى");
  const paragraphs = page.locator(".article-body p");
  await expect(paragraphs).toHaveCount(17);
  await expect(paragraphs.first()).toContainText("رأى عضو الإطار التنسيقي، عمران كركوكش");
  await expect(paragraphs.last()).toHaveText(/«وفق اتفاقية الإطار الستراتيجي»\.$/);
  const breadcrumb = page.getByRole("navigation", { name: "مسار التنقل" });
  await expect(breadcrumb).toContainText("سياسية");
  await expect(breadcrumb).toContainText(SEED_TITLE);
  await expect(page.getByRole("heading", { name: "مقالات ذات صلة" })).toBeVisible();
  await expect(page.locator(".related")).toContainText("القصة الكاملة لـ\"العفو العام\"");
  await expect(page.getByRole("link", { name: "ملحق معرض العراق للكتاب" }).first()).toBeVisible();
  await expect(page.locator('a[data-social="rss"]').first()).toHaveAttribute("href", "/feed.xml");
});

test("every other form of an article URL redirects permanently to the canonical one", async ({ page, request }) => {
  await page.goto("/410630");
  const canonical = new URL(page.url()).pathname;
  expect(decodeURIComponent(canonical)).toBe("/410630/صراعات-المنطقة-تؤجل-انسحاب-القوات-الأجنبية-من-العراق");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${canonical}$`));
  for (const form of ["/410630", "/410630/wrong-slug", `/410630/${encodeURIComponent("صراعات-قديمة")}`]) {
    const res = await request.get(form, { maxRedirects: 0 });
    expect([301, 308], form).toContain(res.status());
    // Next.js repeats the Location header on redirects from ISR pages; every copy must agree.
    for (const location of res.headers()["location"]!.split(", ")) {
      expect(new URL(location, "http://x").pathname).toBe(canonical);
    }
  }
});

test("readers never see drafts, pieces in review, scheduled or archived pieces", async ({ page, request }) => {
  const hidden = {
    draft: insertArticle({ title: "مسودة سرية للاختبار", status: "draft" }),
    review: insertArticle({ title: "مادة قيد المراجعة للاختبار", status: "in_review" }),
    scheduled: insertArticle({ title: "مادة مجدولة للاختبار", status: "scheduled", publishAt: new Date(Date.now() + 86400_000) }),
    archived: insertArticle({ title: "مادة مؤرشفة للاختبار", status: "archived", publishedAt: new Date(Date.now() - 86400_000) }),
  };
  for (const [kind, id] of Object.entries(hidden)) {
    const res = await request.get(`/${id}`, { maxRedirects: 0 });
    expect(res.status(), kind).toBe(404);
    const withSlug = await request.get(`/${id}/x`, { maxRedirects: 0 });
    expect(withSlug.status(), kind).toBe(404);
  }
  await page.goto("/section/politics");
  await expect(page.locator("main")).not.toContainText("للاختبار");
  await page.goto("/");
  await expect(page.locator("main")).not.toContainText("للاختبار");
});

test("section pages list 20 pieces a page, newest first, and 404 past the end", async ({ page, request }) => {
  // Enough pieces for three pages in a section of its own.
  let last = 0;
  for (let i = 0; i < 45; i++) {
    last = insertArticle({ title: `خبر ترقيم رقم ${i + 1}`, sectionSlug: "investigations", publishedAt: new Date(Date.now() - (i + 1) * 60_000) });
  }
  // Another test may have cached the section page already (menu links prefetch it).
  await expireArticlePages(request, { id: last, sectionSlugs: ["investigations"] });
  await page.goto("/section/investigations");
  await expect(page.locator("main .card")).toHaveCount(20);
  await expect(page.locator("main .card h2").first()).toHaveText("خبر ترقيم رقم 1");
  await page.getByRole("navigation", { name: "الصفحات" }).getByRole("link", { name: "2", exact: true }).click();
  await expect(page).toHaveURL(/\/section\/investigations\/page\/2$/);
  await expect(page.locator("main .card h2").first()).toHaveText("خبر ترقيم رقم 21");
  const pages = await request.get("/section/investigations/page/3");
  expect(pages.status()).toBe(200);
  expect((await request.get("/section/investigations/page/99")).status()).toBe(404);
  expect((await request.get("/section/investigations/page/1")).status()).toBe(404);
});

test("unknown addresses get the Arabic 404 page with status 404", async ({ page }) => {
  for (const path of ["/no-such-page", "/999999999", "/section/nothing", "/author/nobody", "/tag/لا-يوجد", "/a/b/c/d"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "الصفحة غير موجودة" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  }
});

test("author, tag and supplement pages list their pieces", async ({ page }) => {
  await page.goto("/author/ali-hussein");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("علي حسين");
  await expect(page.getByText("العمود الثامن").first()).toBeVisible();
  await expect(page.locator("main .card").first()).toBeVisible();
  await page.goto(`/tag/${encodeURIComponent("الإطار-التنسيقي")}`);
  await expect(page.locator("main")).toContainText(SEED_TITLE);
  await page.goto("/supplement/iraq-book-fair");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ملحق معرض العراق للكتاب");
  await expect(page.locator("main .card").first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const path of ["/", "/section/politics", "/410630", "/author/tamim-al-hassan", "/supplement/iraq-book-fair", "/search?q=العراق"]) {
    test(`${path} shows its main content`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBeLessThan(400);
      await expect(page.locator("main")).toBeVisible();
      await expect(page.locator("main h1, main h2").first()).toBeVisible();
      await expect(page.locator("main a").first()).toBeVisible();
    });
  }
});

test.describe("the front page's hierarchy, on a phone and on a desktop", () => {
  for (const width of [360, 1366]) {
    test(`at ${width} px the lead headline is the largest text and the top link covers nothing`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/");
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll("main h1, main h2, main h3, main a, main p")]
          .filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest(".lead, .visually-hidden"))
          .map((e) => parseFloat(getComputedStyle(e).fontSize)),
      );
      const lead = parseFloat(await page.locator(".card.lead h2").evaluate((e) => getComputedStyle(e).fontSize));
      expect(sizes.length).toBeGreaterThan(10);
      expect(lead).toBeGreaterThan(Math.max(...sizes));
      // The page fits the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // At the top of the page the "back to top" link is out of sight; at the end it is
      // below the content, over nothing.
      const top = page.getByRole("link", { name: "العودة إلى أعلى الصفحة" });
      await expect(top).not.toBeInViewport();
      await top.scrollIntoViewIfNeeded();
      const box = (await top.boundingBox())!;
      const covered = await page.evaluate(({ x, y }) => document.elementsFromPoint(x, y).filter((e) => e.matches("p, h1, h2, h3, li, img")).length, {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
      });
      expect(covered).toBe(0);
      // The breaking bar does not say «عاجل» twice.
      const bar = page.getByRole("region", { name: "عاجل" });
      if (await bar.count()) expect((await bar.innerText()).match(/عاجل/g)).toHaveLength(1);
    });
  }

  test("at 1366 px the lead has top stories under it and the side column beside it; the front page repeats no story", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/");
    const lead = (await page.locator(".card.lead").boundingBox())!;
    const top = page.getByRole("region", { name: "أبرز الأخبار" }).locator("article");
    expect(await top.count()).toBeGreaterThanOrEqual(2);
    for (const box of await Promise.all((await top.all()).map((t) => t.boundingBox()))) {
      expect(box!.y).toBeGreaterThan(lead.y + lead.height - 1); // under the lead…
      expect(box!.y).toBeLessThan(lead.y + lead.height + 200); // …right under it, in one row
    }
    // «الأكثر قراءة» is in the side column beside the lead, not a lone cell among the sections.
    const mostRead = (await page.getByRole("region", { name: "الأكثر قراءة" }).boundingBox())!;
    expect(mostRead.x + mostRead.width).toBeLessThanOrEqual(lead.x + 1);
    const firstBlock = (await page.locator(".section-blocks > section").first().boundingBox())!;
    expect(mostRead.y + mostRead.height).toBeLessThanOrEqual(firstBlock.y);
    // No story appears twice among the lead, the top stories and the section blocks.
    const links = await page.locator(".card h2 a, .card h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.length).toBeGreaterThan(10);
    expect(new Set(links).size).toBe(links.length);
  });

  test("no page's title repeats the site's name («المدى | المدى»)", async ({ page }) => {
    for (const path of ["/999999999", "/section/no-such-section", "/a/b/c/d"]) {
      await page.goto(path);
      const title = await page.title();
      expect(title, path).not.toMatch(/^(.+) \| \1$/);
      expect(title.length, path).toBeGreaterThan(0);
    }
  });
});

test.describe("the sections bar says where the reader is", () => {
  const current = (page: Page) => page.getByRole("navigation", { name: "الأقسام" }).locator('a[aria-current="page"]');

  test("the front page, a section and its pieces mark their place; other pages mark none", async ({ page }) => {
    await page.goto("/");
    await expect(current(page)).toHaveText("الرئيسية");
    await page.goto("/section/politics");
    await expect(current(page)).toHaveText("سياسية");
    // The seed's piece is in «سياسية» too: its page marks that section.
    await page.goto("/410630");
    await expect(page.getByRole("navigation", { name: "مسار التنقل" }).getByRole("link", { name: "سياسية" })).toBeVisible();
    await expect(current(page)).toHaveText("سياسية");
    for (const path of ["/author/ali-hussein", "/search?q=بغداد", "/comments/410630"]) {
      await page.goto(path);
      await expect(page.getByRole("navigation", { name: "الأقسام" }), path).toBeVisible();
      await expect(current(page), path).toHaveCount(0);
    }
    // One masthead and one main landmark on every kind of page, the 404 included.
    for (const path of ["/", "/410630", "/section/politics", "/999999999", "/section/no-such-section"]) {
      await page.goto(path);
      await expect(page.locator("header.masthead"), path).toHaveCount(1);
      await expect(page.locator("main#main"), path).toHaveCount(1);
    }
  });

  test("on a phone the bar's cut-off end fades, so it reads as scrollable", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "الأقسام" });
    const scrolls = await nav.evaluate((n) => n.scrollWidth > n.clientWidth);
    expect(scrolls).toBe(true);
    expect(await nav.evaluate((n) => getComputedStyle(n).maskImage)).toContain("gradient");
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await nav.evaluate((n) => n.scrollWidth > n.clientWidth)).toBe(false);
    expect(await nav.evaluate((n) => getComputedStyle(n).maskImage)).toBe("none");
  });
});

test("the masthead dates every page with today's Gregorian and Hijri (Umm al-Qura) date, Baghdad time", async ({ page }) => {
  const now = new Date();
  const fmt = (locale: string, o: Intl.DateTimeFormatOptions) => {
    const p = Object.fromEntries(new Intl.DateTimeFormat(locale, { ...o, timeZone: "Asia/Baghdad" }).formatToParts(now).map((x) => [x.type, x.value]));
    return p;
  };
  const g = fmt("ar-EG-u-nu-latn", { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const h = fmt("ar-SA-u-ca-islamic-umalqura-nu-latn", { day: "numeric", month: "long", year: "numeric" });
  for (const path of ["/", "/section/politics", "/search?q=العراق"]) {
    await page.goto(path);
    const date = page.locator(".masthead time");
    await expect(date).toHaveText(`${g.weekday}، ${g.day} ${g.month} ${g.year}`);
    await expect(page.locator(".masthead-date")).toContainText(`${h.day} ${h.month} ${h.year} هـ`);
  }
});

test("at 360 px no reader page scrolls sideways, even with a headline holding a long unbroken word", async ({ page, request }) => {
  // A pasted address or code in a headline: one "word" far wider than a phone.
  const long = `https://example.com/${"x".repeat(60)}`;
  const id = insertArticle({ title: `عنوان فيه رابط طويل ${long}`, sectionSlug: "politics" });
  await expireArticlePages(request, { id, sectionSlugs: ["politics"] });
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ["/", "/section/politics", `/${id}`, "/author/tamim-al-hassan", "/supplement/iraq-book-fair", "/search?q=العراق", "/search?q=", `/comments/${id}`, "/no-such-page"]) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
  }
});
