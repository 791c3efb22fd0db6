import { expect, test } from "./support/test";
import { loginAs } from "./support/auth";

// Decision 110: readers' pages load no framework script; the article page loads only
// /reader.js, and the dashboard keeps Next's client runtime. (/a/b/c/d matches no route: the
// root 404. A 404 from notFound() inside a reader route — /999999999, /section/nothing — was
// Next's error shell, blank without JavaScript; serve.mjs now sends the server-rendered 404
// page instead, decision 112.)

const scriptsOf = (page: import("@playwright/test").Page) => {
  const urls: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") urls.push(new URL(r.url()).pathname);
  });
  return urls;
};

for (const path of ["/", "/section/politics", "/410630", "/search?q=%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF", "/a/b/c/d", "/999999999", "/section/nothing"]) {
  test(`${path} loads no Next.js runtime and carries no page payload`, async ({ page }) => {
    const scripts = scriptsOf(page);
    await page.goto(path);
    await page.waitForLoadState("load");
    expect(scripts.filter((s) => s.startsWith("/_next/"))).toEqual([]);
    expect(scripts.every((s) => s === "/reader.js")).toBe(true);
    const html = await page.content();
    expect(html).not.toContain("__next_f");
    expect(await page.evaluate(() => "__next_f" in self || "next" in self)).toBe(false);
  });
}

test("the article page loads /reader.js once; the home page loads none", async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto("/410630");
  await page.waitForLoadState("load");
  expect(scripts).toEqual(["/reader.js"]);
  scripts.length = 0;
  await page.goto("/");
  await page.waitForLoadState("load");
  expect(scripts).toEqual([]);
});

test("the dashboard keeps Next's client runtime", async ({ page }) => {
  const scripts = scriptsOf(page);
  await loginAs(page, "admin");
  await page.goto("/admin");
  await page.waitForLoadState("load");
  expect(scripts.some((s) => s.startsWith("/_next/static/"))).toBe(true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a missing piece, section or comment page reads as the Arabic 404, with status 404", async ({ page }) => {
    for (const path of ["/999999999", "/section/nothing", "/author/nobody", "/comments/99999999", "/a/b/c/d"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "الصفحة غير موجودة" }), path).toBeVisible();
      await expect(page.getByRole("link", { name: "العودة إلى الصفحة الرئيسية" }), path).toBeVisible();
      await expect(page.locator("html"), path).toHaveAttribute("lang", "ar");
    }
  });
});

// Decision 200: a reader page's body is not parsed before its stylesheet has arrived, so the
// first layout the browser makes (Chromium's form autofill asks for one as soon as parsing
// ends) is of the styled page, not a wasted one of unstyled Arabic text. The stylesheet is
// held back here so that the HTML is certainly parsed first without the gate.
for (const path of ["/section/politics", "/410630"]) {
  test(`${path}: the page is parsed only once its stylesheet is in`, async ({ page }) => {
    await page.route("**/_next/static/**/*.css", async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await page.goto(path);
    await page.waitForLoadState("load");
    const { cssEnd, parsed } = await page.evaluate(() => {
      const css = performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".css")) as PerformanceResourceTiming[];
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return { cssEnd: Math.max(...css.map((e) => e.responseEnd)), parsed: nav.domInteractive };
    });
    expect(cssEnd).toBeGreaterThan(500);
    expect(parsed).toBeGreaterThanOrEqual(cssEnd);
  });
}
