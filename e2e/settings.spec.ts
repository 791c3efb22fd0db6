import crypto from "node:crypto";
import sharp from "sharp";
import { action, callAction } from "./support/actions";
import { uniq } from "./support/articles";
import { loginAs } from "./support/auth";
import { insertArticle, testDb } from "./support/db";
import { serverEnv } from "./support/env";
import { expect, test } from "./support/test";

// Issue 12 (9): every site setting does something readers can see. The tagline, the logo, the
// paper's social accounts, the comment policy and the contact details are edited in
// /admin/settings and reach readers' (cached) pages at once; a bad address changes nothing;
// only an admin may save. The timezone setting, which nothing used, is gone (decision 145).

type Row = { key: string; value: string; updatedAt: string };
let saved: Row[] = [];
const settingRows = () => testDb().prepare(`SELECT key, value FROM SiteSetting ORDER BY key`).all() as { key: string; value: string }[];

// Site settings are shared by every test: put them back as they were, and expire the pages.
test.beforeAll(() => {
  saved = testDb().prepare(`SELECT key, value, updatedAt FROM SiteSetting`).all() as Row[];
});
test.afterAll(async ({ request }) => {
  const db = testDb();
  db.prepare(`DELETE FROM SiteSetting`).run();
  for (const r of saved) db.prepare(`INSERT INTO SiteSetting (key, value, updatedAt) VALUES (?, ?, ?)`).run(r.key, r.value, r.updatedAt);
  const token = crypto.createHmac("sha256", serverEnv().AUTH_SECRET!).update("midad:internal-revalidate").digest("base64url");
  await request.post("/api/internal/revalidate", { headers: { "x-midad-internal": token, "content-type": "application/json" }, data: { tags: ["settings", "home", "feeds"] } });
});

test("what an admin saves reaches readers: tagline, logo, social accounts, comment policy, contact page", async ({ page, browser }) => {
  const n = uniq();
  const tagline = `صوت الناس منذ اليوم ${n}`;
  const facebook = `https://www.facebook.com/midad.paper.${n}`;
  const policy = `نرحب بالنقاش المحترم ${n}. تُحذف التعليقات المسيئة.`;
  const email = `desk-${n}@midad.local`;
  await loginAs(page, "admin");
  await page.goto("/admin/settings");
  await expect(page.getByLabel("المنطقة الزمنية")).toHaveCount(0);
  const siteName = await page.getByLabel("اسم الموقع").inputValue();
  await page.getByLabel("الشعار النصي").fill(tagline);
  await page.getByLabel("صفحة فيسبوك").fill(facebook);
  // Typed without the scheme: stored as an https address.
  await page.getByLabel("حساب إكس").fill(`x.com/midad_${n}`);
  await page.getByLabel("حساب إنستغرام").fill("");
  await page.getByLabel("نص سياسة التعليقات").fill(policy);
  await page.getByLabel("بريد التواصل").fill(email);
  await page.getByLabel("هاتف التواصل").fill("+964 770 123 4567");
  await page.getByLabel("العنوان البريدي").fill(`بغداد، شارع أبي نواس ${n}`);
  const logo = await sharp({ create: { width: 480, height: 120, channels: 3, background: "#a4161a" } }).png().toBuffer();
  await page.locator('input[type="file"]').setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await expect(page.getByText("الملف المختار: logo.png")).toBeVisible();
  await expect(page.getByRole("button", { name: "إزالة الصورة" })).toBeVisible();
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByText("حُفظت الإعدادات.")).toBeVisible();

  const audit = testDb().prepare(`SELECT detail FROM AuditLog WHERE action = 'settings.update' ORDER BY id DESC LIMIT 1`).get() as { detail: string };
  expect(audit.detail).toContain(tagline);
  expect(audit.detail).toContain(facebook);

  // A reader (no session) sees all of it on the cached pages.
  const reader = await browser.newContext();
  const r = await reader.newPage();
  await r.goto("/");
  const masthead = r.locator("header.masthead");
  await expect(masthead).toContainText(tagline);
  await expect(r).toHaveTitle(new RegExp(tagline));
  await expect(masthead.getByRole("img", { name: siteName })).toBeVisible();
  const footer = r.locator("footer.site-footer");
  const fb = footer.getByRole("link", { name: "صفحتنا على فيسبوك" });
  await expect(fb).toHaveAttribute("href", facebook);
  await expect(fb.locator("svg")).toHaveCount(1);
  await expect(footer.getByRole("link", { name: "حسابنا على إكس" })).toHaveAttribute("href", `https://x.com/midad_${n}`);
  // Networks without an account are not shown (no links to the networks' home pages).
  await expect(footer.getByRole("link", { name: /إنستغرام/ })).toHaveCount(0);
  await expect(footer.locator('a[href="https://www.linkedin.com/"]')).toHaveCount(0);

  await footer.getByRole("link", { name: "اتصل بنا" }).click();
  await expect(r).toHaveURL(/\/contact$/);
  await expect(r.getByRole("heading", { level: 1 })).toHaveText("اتصل بنا");
  await expect(r.getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
  await expect(r.getByRole("link", { name: "+964 770 123 4567" })).toHaveAttribute("href", "tel:+9647701234567");
  await expect(r.getByText(`بغداد، شارع أبي نواس ${n}`)).toBeVisible();

  const id = insertArticle({ title: `خبر بتعليقات ${n}` });
  for (const path of [`/${id}`, `/comments/${id}`]) {
    await r.goto(path);
    await expect(r.locator(".comment-policy")).toContainText(policy);
    const above = await r.evaluate(() => {
      const p = document.querySelector(".comment-policy");
      const f = document.querySelector("form.comment-form");
      return Boolean(p && f && p.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(above, path).toBe(true);
  }
  await reader.close();
});

test("a bad social address is refused in Arabic and nothing is saved", async ({ page }) => {
  const n = uniq();
  const before = settingRows();
  await loginAs(page, "admin");
  await page.goto("/admin/settings");
  await page.getByLabel("الشعار النصي").fill(`شعار لن يُحفظ ${n}`);
  // A network's home page is not the paper's account; another site is not the network.
  await page.getByLabel("صفحة فيسبوك").fill("https://www.facebook.com/");
  await page.getByLabel("قناة يوتيوب").fill(`https://videos.example/midad-${n}`);
  await page.getByLabel("بريد التواصل").fill("ليس بريداً");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByText(/رابط فيسبوك غير صالح/)).toBeVisible();
  await expect(page.getByText(/رابط يوتيوب غير صالح/)).toBeVisible();
  await expect(page.getByText("بريد التواصل غير صالح.")).toBeVisible();
  // What was typed stays, to be corrected.
  await expect(page.getByLabel("الشعار النصي")).toHaveValue(`شعار لن يُحفظ ${n}`);
  expect(settingRows()).toEqual(before);
});

test("only an admin may save the settings: the server refuses an editor", async ({ page }) => {
  const n = uniq();
  const before = settingRows();
  await loginAs(page, "editor");
  const res = await page.goto("/admin/settings");
  expect(res?.status()).toBe(404);
  const answer = await callAction(page.request, action("updateSettingsAction"), [null, { siteName: `موقع مخترق ${n}`, siteDescription: `شعار ${n}` }]);
  expect(await answer.text()).toContain("ليست لديك صلاحية");
  expect(settingRows()).toEqual(before);
});
