import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { action, callAction } from "./support/actions";
import { loginAs } from "./support/auth";
import { count, insertArticle } from "./support/db";

// Corrections (issue 15, decision 195): an editor adds a note to a published piece; readers see
// it on the piece (with «آخر تحديث» and dateModified moved) and on /corrections; an edit keeps
// the earlier version for staff and tells readers it was edited; a writer is refused by the server.

const HOUR = 3600_000;

async function serious(page: import("@playwright/test").Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

function jsonLd(html: string): { datePublished: string; dateModified: string; correction?: { text: string }[] } {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  return blocks.find((b) => b["@type"] === "NewsArticle") as never;
}

test("an editor corrects a piece; readers see it on the piece and on /corrections; an edit keeps its history", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `مادة للتصحيح ${Date.now()}`;
  const id = insertArticle({ title, publishedAt: new Date(Date.now() - 2 * HOUR) });
  const first = `ورد في نسخة سابقة أن الجلسة الثلاثاء، والصحيح الأربعاء ${id}.`;
  const second = `ورد في نسخة سابقة أن الجلسة الثلاثاء، والصحيح الخميس ${id}.`;

  await loginAs(page, "editor");
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("main").getByRole("link", { name: "التصحيحات", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}/corrections$`));
  const add = page.getByRole("form", { name: "تصحيح جديد" });
  // A note too short is refused in Arabic and nothing is stored.
  await add.getByLabel(/نص التصحيح/).fill("قصير جداً");
  await add.getByLabel(/نص التصحيح/).evaluate((el: HTMLTextAreaElement) => el.removeAttribute("minlength"));
  await add.getByRole("button", { name: "انشر التصحيح" }).click();
  await expect(add.getByText("نص التصحيح قصير جداً")).toBeVisible();
  expect(count("Correction", "articleId = ?", id)).toBe(0);

  await add.getByLabel(/نص التصحيح/).fill(first);
  await expect(add.getByLabel("في آخر المقال")).toBeChecked();
  await add.getByRole("button", { name: "انشر التصحيح" }).click();
  await expect(add.getByRole("status")).toContainText("نُشر التصحيح");

  // A reader (no session) sees it at the end of the piece, with the piece's update time.
  const reader = await browser.newContext();
  const rp = await reader.newPage();
  const res = await rp.goto(`/${id}`);
  const box = rp.locator(".correction-box");
  await expect(box).toHaveAttribute("data-placement", "end");
  await expect(box).toContainText(`تصحيح: ${first}`);
  await expect(rp.getByRole("region", { name: "تصحيح على هذا المقال" })).toBeVisible();
  await expect(rp.locator(".dateline-row .updated")).toContainText("آخر تحديث");
  const ld = jsonLd(await rp.content());
  expect(new Date(ld.dateModified).getTime() - new Date(ld.datePublished).getTime()).toBeGreaterThan(HOUR);
  expect(ld.correction?.[0]?.text).toBe(first);
  expect(res?.status()).toBe(200);
  expect(await serious(rp)).toEqual([]);

  await rp.goto("/corrections");
  const item = rp.locator(".corrections-list > li").filter({ hasText: first });
  await expect(item.getByRole("link", { name: title })).toHaveAttribute("href", new RegExp(`^/${id}/`));
  expect(await serious(rp)).toEqual([]);
  // Without JavaScript the page is the same list (a server-rendered page; the link works).
  const nojs = await browser.newContext({ javaScriptEnabled: false });
  const np = await nojs.newPage();
  await np.goto("/corrections");
  await np.locator(".corrections-list > li").filter({ hasText: first }).getByRole("link", { name: title }).click();
  await expect(np.locator(".correction-box")).toContainText(first);
  await nojs.close();

  // The editor edits it and moves it to the start: the earlier version stays in the history.
  await page.reload();
  const item1 = page.locator(".correction-admin").first();
  await item1.getByText("عدّل التصحيح").click();
  const edit = item1.getByRole("form", { name: /تعديل التصحيح/ });
  await edit.getByLabel(/نص التصحيح/).fill(second);
  await edit.getByLabel("في أول المقال").check();
  await edit.getByRole("button", { name: "احفظ التعديل" }).click();
  await expect(edit.getByRole("status")).toContainText("بقيت نسخته السابقة");
  await page.reload();
  const history = page.locator(".correction-admin").first().locator(".correction-history");
  await history.getByText("سجل النسخ (2)").click();
  await expect(history).toContainText(first);
  await expect(history).toContainText(second);
  // The desk's list of every correction names it, edited, and leads back to the piece's screen.
  await page.goto("/admin/corrections");
  const row = page.locator("tr").filter({ hasText: second });
  await expect(row).toContainText("عُدّل في");
  await row.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}/corrections#correction-`));

  await rp.goto(`/${id}`);
  await expect(rp.locator('.correction-box[data-placement="start"]')).toContainText(second);
  await expect(rp.locator('.correction-box[data-placement="start"]')).toContainText("عُدّل التصحيح في");
  await expect(rp.getByText(first)).toHaveCount(0);
  await rp.goto("/corrections");
  await expect(rp.locator(".corrections-list")).toContainText(second);
  await reader.close();
});

test("a writer is refused by the server: no screen, and the actions change nothing", async ({ page }) => {
  const writer = await loginAs(page, "writer");
  const id = insertArticle({ title: `مادة كاتب ${Date.now()}` });
  const res = await page.goto(`/admin/articles/${id}/corrections`);
  expect(res?.status()).toBe(404);
  const before = count("Correction");
  const add = await callAction(page.request, action("addCorrectionAction"), [null, { articleId: String(id), text: "تصحيح يحاول الكاتب نشره بنفسه.", placement: "end" }]);
  expect(await add.text()).toContain("ليست لديك صلاحية");
  expect(count("Correction")).toBe(before);
  expect(writer.role).toBe("writer");
});
