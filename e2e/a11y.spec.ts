import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { type Page } from "@playwright/test";

// Zero serious or critical axe violations on every reader page, the sign-in page and
// the comment form.
const PAGES = [
  { name: "home", path: "/" },
  { name: "section", path: "/section/politics" },
  { name: "article", path: "/410630" },
  { name: "search results", path: `/search?q=${encodeURIComponent("الإطار التنسيقي")}` },
  { name: "search without results", path: `/search?q=${encodeURIComponent("كلمةلاوجودلها")}` },
  { name: "empty search", path: "/search" },
  { name: "author", path: "/author/ali-hussein" },
  { name: "tag", path: `/tag/${encodeURIComponent("الإطار-التنسيقي")}` },
  { name: "supplement", path: "/supplement/iraq-book-fair" },
  { name: "corrections", path: "/corrections" },
  { name: "404", path: "/no-such-page" },
  { name: "sign-in", path: "/login" },
];

async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const p of PAGES) {
  test(`${p.name} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(p.path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the comment area and its form have no serious or critical violations", async ({ page }) => {
  await page.goto("/410630");
  await expect(page.locator("#comments")).toBeVisible();
  await expect(page.locator("#comments form").first()).toBeVisible();
  expect(await seriousViolations(page, "#comments")).toEqual([]);
});

for (const path of ["/", "/410630", "/search?q=%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF"]) {
  test(`keyboard: the skip link comes first on ${path} and moves focus to the main content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "تخطَّ إلى المحتوى" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
  });
}

test("keyboard focus is visible on links and the search field", async ({ page }) => {
  await page.goto("/");
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { tag: el.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(style.outline, style.tag).not.toBe("none");
    expect(style.width, style.tag).toBeGreaterThan(0);
  }
});
