import sharp from "sharp";
import { expect, test } from "../support/test";
import { loginAs } from "../support/auth";
import { insertArticle, testDb } from "../support/db";
import { E2E_BASE_URL } from "../support/env";

// docs/screenshots/media/: the media library (grid, a search), an image's page (crops, where
// used, the metadata form) and the «اختر من المكتبة» dialog, at 360 and 1366 px; and a reader's
// picture with its credit.

const OUT = "docs/screenshots/media";
const CAPTIONS = ["جسر الشهداء عند الفجر", "سوق الشورجة قبيل العيد", "مباراة الزوراء والقوة الجوية", "شارع المتنبي يوم الجمعة", "نهر دجلة من شرفة فندق", "ملعب الشعب بعد التأهيل"];

test("media library", async ({ page }) => {
  test.setTimeout(240_000);
  await loginAs(page, "editor");
  const ids: number[] = [];
  for (const [i, caption] of CAPTIONS.entries()) {
    const bytes = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 40 + i * 30, g: 90, b: 160 - i * 20 } } })
      .composite([{ input: { create: { width: 200, height: 200, channels: 3, background: "#f4d35e" } }, left: 1200, top: 150 }])
      .jpeg()
      .toBuffer();
    const res = await page.request.post("/api/admin/media", { multipart: { file: { name: `shot-${Date.now()}-${i}.jpg`, mimeType: "image/jpeg", buffer: bytes } }, headers: { origin: E2E_BASE_URL } });
    const { id } = (await res.json()) as { id: number };
    // Written directly, so the search text is written too (the app keeps it with every edit).
    testDb().prepare(`UPDATE Media SET caption = ?, credit = ?, alt = ?, searchText = ? WHERE id = ?`).run(caption, i % 2 ? "رويترز" : "علي حسين", caption, caption, id);
    ids.push(id);
  }
  const used = ids[0]!;
  testDb().prepare(`UPDATE Media SET focalX = 0.81, focalY = 0.25 WHERE id = ?`).run(used);
  const piece = insertArticle({ title: "الجسر يعود إلى العمل بعد الصيانة" });
  testDb().prepare(`UPDATE Article SET imageId = ?, imageAlt = 'جسر' WHERE id = ?`).run(used, piece);
  for (const width of [360, 1366]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    for (const [name, path] of [
      ["library", "/admin/media"],
      ["library-search", `/admin/media?q=${encodeURIComponent("جسر")}`],
      ["image", `/admin/media/${used}`],
      ["image-unused-delete", `/admin/media/${ids[1]}?act=delete`],
    ] as const) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect.soft(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} at ${width}`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
    }
    const draft = insertArticle({ title: "قطعة تختار صورة", status: "draft" });
    await page.goto(`/admin/articles/${draft}`);
    await page.getByRole("button", { name: "اختر من المكتبة" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /^اختر: / }).first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `${OUT}/picker-${width}.png` });
    await page.goto(`/${piece}`);
    await page.locator("figure.figure").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/reader-credit-${width}.png` });
  }
});
