import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { uniq } from "./support/articles";
import { loginAs } from "./support/auth";
import { insertArticle, testDb } from "./support/db";
import { E2E_BASE_URL } from "./support/env";

// Issue 15, embeds (decision 190): a YouTube address pasted alone on its line becomes an embed
// block; readers' browsers ask YouTube for nothing until the reader presses «شغّل», then the
// player's frame loads (allowed by the page's CSP); without JavaScript the placeholder is a link.

const VIDEO = "dQw4w9WgXcQ";
const PROVIDER_HOST = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|ggpht\.com)$/;

const storedBody = (id: number) => (testDb().prepare("SELECT bodyHtml FROM Article WHERE id = ?").get(id) as { bodyHtml: string }).bodyHtml;

async function pastePlain(page: Page, text: string) {
  const body = page.getByRole("textbox", { name: "نص المقال" });
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await body.evaluate((el, data) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", data);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
  return body;
}

/** A reader's context that records every request to YouTube's hosts and CSP reports. */
async function reader(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled });
  const toProvider: string[] = [];
  const csp: string[] = [];
  context.on("request", (r) => {
    if (PROVIDER_HOST.test(new URL(r.url()).hostname)) toProvider.push(r.url());
  });
  context.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  // The machine is offline: the player's document is answered here (the request is still made).
  await context.route(/youtube-nocookie\.com/, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" }));
  return { context, page: await context.newPage(), toProvider, csp };
}

test("a pasted YouTube URL becomes an embed; readers load nothing from YouTube before «شغّل», the player after it", async ({ page, browser }) => {
  await loginAs(page, "editor");
  const title = `تضمين فيديو ${uniq()}`;
  const id = insertArticle({ title, status: "in_review", bodyHtml: `<p>${title}</p>` });
  await page.goto(`/admin/articles/${id}`);
  const body = await pastePlain(page, `https://youtu.be/${VIDEO}?si=share123`);
  // In the editor: a card naming the provider and the URL, no frame, no thumbnail.
  const card = body.locator("figure.embed-preview");
  await expect(card).toContainText("تضمين من يوتيوب");
  await expect(card).toContainText(`https://www.youtube.com/watch?v=${VIDEO}`);
  await expect(body.locator("iframe, img")).toHaveCount(0);
  await page.getByRole("button", { name: "نشر الآن" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("نُشر المقال.");
  expect(storedBody(id)).toContain(`<figure data-embed="youtube" data-url="https://www.youtube.com/watch?v=${VIDEO}"></figure>`);

  const r = await reader(browser);
  await r.page.goto(`/${id}`);
  const embed = r.page.locator("figure.embed-youtube");
  await expect(embed).toContainText("يوتيوب");
  const play = embed.getByRole("button", { name: /^شغّل/ });
  await expect(play).toBeVisible();
  await r.page.waitForLoadState("networkidle");
  expect(r.toProvider, "no request to YouTube before the click").toEqual([]);
  await expect(r.page.locator("iframe")).toHaveCount(0);

  await play.click();
  const frame = embed.locator("iframe");
  await expect(frame).toHaveAttribute("src", `https://www.youtube-nocookie.com/embed/${VIDEO}?autoplay=1`);
  await expect(frame).toHaveAttribute("title", /يوتيوب/);
  await expect.poll(() => r.toProvider.some((u) => u.startsWith(`https://www.youtube-nocookie.com/embed/${VIDEO}`))).toBe(true);
  expect(r.csp, "the page's CSP allows the player's frame").toEqual([]);
  await r.context.close();

  // Without JavaScript: a plain link to the video, no button, still nothing from YouTube.
  const plain = await reader(browser, false);
  await plain.page.goto(`/${id}`);
  const link = plain.page.getByRole("link", { name: /افتح المحتوى على يوتيوب/ });
  await expect(link).toHaveAttribute("href", `https://www.youtube.com/watch?v=${VIDEO}`);
  await expect(plain.page.getByRole("button", { name: /^شغّل/ })).toHaveCount(0);
  expect(plain.toProvider).toEqual([]);
  await plain.context.close();
});

test("a URL of no accepted provider stays text: no embed is stored", async ({ page }) => {
  await loginAs(page, "editor");
  const id = insertArticle({ title: `رابط عادي ${uniq()}`, status: "in_review" });
  await page.goto(`/admin/articles/${id}`);
  const body = await pastePlain(page, "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ");
  await expect(body.locator("figure.embed-preview")).toHaveCount(0);
  await page.getByRole("button", { name: "نشر الآن" }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("نُشر المقال.");
  expect(storedBody(id)).not.toContain("data-embed");
  expect(storedBody(id)).toContain("youtube.com.evil.example");
});
