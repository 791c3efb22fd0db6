import type { CDPSession, Page } from "@playwright/test";
import { expect, test } from "./support/test";

// Decision 111: the page's text is drawn with the self-hosted faces, digits and Latin
// punctuation included (they used to come from whatever font the device had), bold text
// uses the real bold, the headline face is preloaded, and the swap from the fallback moves
// nothing. The browser says which font file drew each glyph (CSS.getPlatformFontsForNode).

type UsedFont = { familyName: string; postScriptName: string; isCustomFont: boolean; glyphCount: number };

async function fontsOf(cdp: CDPSession, selector: string): Promise<UsedFont[]> {
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  expect(nodeId, `${selector} is on the page`).toBeGreaterThan(0);
  const out: UsedFont[] = [];
  // The fonts of the element's own text and of its descendants' text.
  const { node } = await cdp.send("DOM.describeNode", { nodeId, depth: -1 });
  const textNodes: number[] = [];
  const walk = (n: { nodeType: number; backendNodeId: number; children?: unknown[] }) => {
    if (n.nodeType === 3) textNodes.push(n.backendNodeId);
    for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
  };
  walk(node as never);
  const { nodeIds } = await cdp.send("DOM.pushNodesByBackendIdsToFrontend", { backendNodeIds: textNodes });
  for (const id of [nodeId, ...nodeIds]) {
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId: id });
    out.push(...(fonts as UsedFont[]));
  }
  return out;
}

async function open(page: Page, path: string) {
  // A reader's second page: the faces are in the browser's cache. (On a first visit over a
  // slow link a face may miss its block period and the page keeps the fallback: the late-font
  // tests below.)
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.reload();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  return cdp;
}

test("the article's date line, digits and punctuation included, is drawn with the self-hosted body face", async ({ page }) => {
  const cdp = await open(page, "/410630");
  const date = page.locator("time.published").first();
  await expect(date).toContainText(/\d/);
  await expect(date).toContainText(":");
  const fonts = await fontsOf(cdp, "time.published");
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) {
    expect(f, `glyphs drawn with ${f.familyName}`).toMatchObject({ isCustomFont: true });
    expect(f.familyName).toMatch(/Noto Naskh Arabic/);
  }
  // Both subsets drew something: the Arabic month name and the Latin digits.
  expect(fonts.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThan(10);
});

test("bold body text uses the real bold face, not a thickened regular", async ({ page }) => {
  const cdp = await open(page, "/410630");
  // The first comment's author name is bold body text.
  const fonts = await fontsOf(cdp, ".comment .comment-head strong");
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) {
    expect(f.isCustomFont).toBe(true);
    expect(f.postScriptName).toMatch(/NotoNaskhArabic-Bold/);
  }
});

test("the headline face is preloaded and draws the headline", async ({ page }) => {
  const cdp = await open(page, "/410630");
  const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
  expect(preloads).toHaveLength(1);
  expect(preloads[0]).toMatch(/noto_kufi_arabic_700_core/);
  const fonts = await fontsOf(cdp, "h1.article-title");
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) {
    expect(f.isCustomFont).toBe(true);
    expect(f.postScriptName).toMatch(/NotoKufiArabic-Bold/);
  }
  // The preloaded file is the one the headline used: fetched once, not twice.
  const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".woff2")));
  expect(fetched.filter((n) => n === preloads[0])).toHaveLength(1);
});

test("a page in plain Arabic downloads only the core Arabic files (half the size); the extended ones wait for a character that needs them", async ({ page }) => {
  await open(page, "/410630");
  const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".woff2")));
  expect(fetched.filter((n) => /_core\./.test(n)).length).toBeGreaterThan(0);
  // fontsource's whole Arabic files (their name without "_core") are the extended faces.
  expect(fetched.filter((n) => /arabic_arabic_\d00/.test(n))).toEqual([]);
  // A legacy presentation form (ﷺ, U+FDFA) pasted into a page pulls the extended body face.
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent = "صلى الله عليه وسلم ﷺ";
    document.querySelector(".article-body")!.append(p);
  });
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType("resource").some((e) => /naskh_arabic_arabic_400/.test(e.name)))).toBe(true);
});

for (const path of ["/", "/410630", "/section/politics"]) {
  test(`${path}: text laid out before the fonts arrive never moves: a late face is not swapped in`, async ({ page }) => {
    // Measured 2026-12-02 with `display: swap`: the late swap shifted the layout (sum 0.027
    // home, 0.028 article, 0.065 section). With `display: optional` a late face is not
    // swapped in at all (decision 111).
    // Fonts arrive late (after the first paint), as on a slow phone connection.
    await page.route(/\.woff2$/, async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await page.addInitScript(() => {
      (window as unknown as { __shifts: number[] }).__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) (window as unknown as { __shifts: number[] }).__shifts.push(e.value);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const swapped = await page.evaluate(() => [...document.fonts].filter((f) => f.status === "loaded").length);
    expect(swapped).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
  });
}
