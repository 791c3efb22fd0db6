import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseDigest } from "../lib/testing/temp-db";
import { makeFixtureUploads } from "../lib/import/wordpress/__fixtures__/make-uploads";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/test";
import { serverEnv } from "./support/env";
import { OwnServer } from "./support/own-server";

// Issue 14: an operator imports a WordPress export (the fixture, in Arabic) into the paper's
// database with the CLI, twice, then readers find every piece at its old addresses.
const FIXTURE = path.resolve("lib/import/wordpress/__fixtures__/export.xml");
const server = new OwnServer(8213);
const budgetSlug = "موازنة-2025-تنتظر-التصويت";
const budgetPath = `/900101/${encodeURIComponent(budgetSlug)}`;

function runImport(report: string, ...extra: string[]): string {
  return execFileSync("npm", ["run", "--silent", "import:wordpress", "--", FIXTURE, "--uploads", path.join(server.dir, "uploads"), "--report", path.join(server.dir, report), ...extra], {
    env: { ...process.env, ...serverEnv({ DATABASE_URL: `file:${server.dbFile}`, MEDIA_DIR: path.join(server.dir, "media"), PORT: "8219" }) },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function digest(): string {
  const db = new Database(server.dbFile, { readonly: true });
  try {
    return databaseDigest(db);
  } finally {
    db.close();
  }
}

/** Follows a chain of redirects by hand: every hop must be permanent (301/308). */
async function permanentChain(request: APIRequestContext, from: string): Promise<string> {
  let url = `${server.base}${from}`;
  for (let hop = 0; hop < 4; hop++) {
    const res = await request.get(url, { maxRedirects: 0 });
    if (res.status() < 300 || res.status() >= 400) {
      expect(hop, `${from} did not redirect`).toBeGreaterThan(0);
      expect(res.status(), from).toBe(200);
      return decodeURIComponent(new URL(url).pathname);
    }
    expect([301, 308], from).toContain(res.status());
    url = new URL(res.headers().location!, url).toString();
  }
  throw new Error(`too many redirects from ${from}`);
}

test.describe.configure({ mode: "serial" });
test.afterAll(() => server.stop());

test("the CLI: --dry-run and a truncated export write nothing, a second run changes nothing", async () => {
  test.setTimeout(240_000);
  await server.copyDatabase();
  await makeFixtureUploads(path.join(server.dir, "uploads"));
  const before = digest();
  expect(runImport("dry-run.tsv", "--dry-run")).toContain("لم يتغير شيء");
  expect(digest()).toBe(before);

  let stderr = "";
  try {
    execFileSync("npm", ["run", "--silent", "import:wordpress", "--", path.resolve("lib/import/wordpress/__fixtures__/truncated.xml"), "--report", path.join(server.dir, "t.tsv")], {
      env: { ...process.env, ...serverEnv({ DATABASE_URL: `file:${server.dbFile}`, MEDIA_DIR: path.join(server.dir, "media"), PORT: "8219" }) },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    stderr = String((e as { stderr?: string }).stderr);
  }
  expect(stderr).toContain("السطر 156");
  expect(digest()).toBe(before);

  expect(runImport("first.tsv")).toMatch(/المقالات: استُورد 7/);
  const after = digest();
  expect(runImport("second.tsv")).toMatch(/المقالات: استُورد 0، حُدّث 0، بلا تغيير 7/);
  expect(digest()).toBe(after);
  const report = fs.readFileSync(path.join(server.dir, "first.tsv"), "utf8");
  expect(report).toMatch(/^id-taken\t410630\t/m);
  expect(report).toMatch(/^missing-file\t502\t/m);
  await server.start();
});

test("an imported piece renders with its image, caption, section, tags, byline and approved comments", async ({ page }) => {
  await page.goto(`${server.base}${budgetPath}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("موازنة 2025 تنتظر التصويت وسط خلافات على حصص المحافظات");
  // The lead image (featured image) with its alt text and caption, and the body's [caption] figure.
  const lead = page.locator("figure.figure img");
  await expect(lead).toHaveAttribute("alt", "قاعة مجلس النواب");
  await expect(page.locator("figure.figure figcaption")).toHaveText("نواب يدخلون قاعة البرلمان صباح السبت.");
  const bodyImg = page.locator(".article-body figure img");
  await expect(bodyImg).toHaveAttribute("src", /^\/media\//);
  await bodyImg.scrollIntoViewIfNeeded();
  await expect.poll(() => bodyImg.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  await expect(page.locator(".article-body figcaption")).toHaveText("نواب يدخلون قاعة البرلمان صباح السبت");
  // Yoast's primary category is the section (breadcrumb); the other category and the tags are tags.
  await expect(page.locator('ol a[href="/section/economy"]')).toHaveText("اقتصاد");
  const tags = page.getByRole("list", { name: "الوسوم" });
  for (const t of ["الموازنة", "البرلمان", "شؤون عراقية"]) await expect(tags.getByRole("link", { name: t })).toBeVisible();
  await expect(page.locator(".byline")).toContainText("سمير الكعبي");
  await expect(page.getByText("الموازنة تأخرت كثيراً هذا العام.")).toBeVisible();
  await expect(page.getByText("ردّ على ردّ: البصرة أولاً.")).toBeVisible();
  await expect(page.getByText("تعليق معلّق ينتظر المراجعة")).toHaveCount(0);
  await expect(page.getByText("تعليق مزعج للبيع")).toHaveCount(0);
  await expect(page.locator(".article-body script")).toHaveCount(0);
});

test("every old WordPress address answers a permanent redirect to the piece, section, author, feed or image", async ({ request }) => {
  const enc = encodeURIComponent(budgetSlug);
  const forms = ["/900101", "/?p=900101", "/archives/900101", `/2024/08/04/${enc}/`, `/2024/08/04/${budgetSlug}`, `/economy/${enc}/`, `/${enc}/`, `/${enc}`];
  for (const from of forms) expect(await permanentChain(request, from), from).toBe(`/900101/${budgetSlug}`);

  // The paper's own /410630 stays its own piece; the imported post that had that id moved.
  expect(await permanentChain(request, "/410630")).toMatch(/^\/410630\//);
  const moved = await permanentChain(request, "/?p=410630");
  expect(moved).not.toMatch(/^\/410630\//);
  expect(moved).toMatch(/^\/\d+\/صراعات-المنطقة-تؤجل-الانسحاب$/);

  expect(await permanentChain(request, "/category/economy/")).toBe("/section/economy");
  expect(await permanentChain(request, "/category/%d8%b4%d8%a4%d9%88%d9%86-%d8%b9%d8%b1%d8%a7%d9%82%d9%8a%d8%a9/baghdad/")).toBe("/section/baghdad");
  expect(await permanentChain(request, "/category/economy/feed/")).toBe("/section/economy/feed.xml");
  expect(await permanentChain(request, "/feed/")).toBe("/feed.xml");
  expect(await permanentChain(request, "/author/samir.k/feed/")).toBe("/author/samir.k/feed.xml");
  expect(await permanentChain(request, "/author/samir.k/")).toBe("/author/samir.k");
  expect(await permanentChain(request, "/wp-content/uploads/2024/08/parliament-300x200.jpg")).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]+\.jpg$/);
  const image = await request.get(`${server.base}/wp-content/uploads/2024/08/parliament.jpg`);
  expect(image.headers()["content-type"]).toMatch(/^image\//);
});

test("drafts, private, pending, future and trashed posts stay invisible, at every address", async ({ request }) => {
  for (const id of [900103, 900104, 900105, 900106, 900107, 900200]) {
    expect((await request.get(`${server.base}/${id}`, { maxRedirects: 0 })).status(), String(id)).toBe(404);
    expect((await request.get(`${server.base}/?p=${id}`, { maxRedirects: 0 })).status(), `?p=${id}`).toBe(404);
  }
  // (Their trailing slash is dropped first, then nothing is found.)
  expect((await request.get(`${server.base}/2024/08/06/private-notes/`)).status()).toBe(404);
  expect((await request.get(`${server.base}/category/no-such-category/`)).status()).toBe(404);
});

test("search finds an imported piece", async ({ page }) => {
  await page.goto(`${server.base}/search?q=${encodeURIComponent("حصص المحافظات")}`);
  await expect(page.getByRole("link", { name: /موازنة 2025 تنتظر التصويت/ }).first()).toBeVisible();
});
