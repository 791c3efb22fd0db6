import { test } from "../support/test";
import { loginAs } from "../support/auth";
import { insertArticle, sqlDate, testDb } from "../support/db";

// docs/screenshots/settings-tags/: the site settings form, the tags screen (list, merge and
// delete steps) at 360 and 1366 px, and what readers see of the settings (masthead, footer,
// comment policy, contact page).

const OUT = "docs/screenshots/settings-tags";

test("settings and tags", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const db = testDb();
  const saved = db.prepare(`SELECT key, value, updatedAt FROM SiteSetting`).all() as { key: string; value: string; updatedAt: string }[];
  const tagIds: number[] = [];
  for (const [i, name] of ["انتخابات", "الانتخابات البرلمانية", "أرشيف", "وسم غير مستعمل"].entries()) {
    tagIds.push(Number(db.prepare(`INSERT INTO Tag (slug, name, createdAt) VALUES (?, ?, ?)`).run(`shot-${i}-${Date.now()}`, `${name} ${Date.now() % 1000}`, sqlDate(new Date())).lastInsertRowid));
  }
  const piece = insertArticle({ title: "خبر للصور" });
  db.prepare(`INSERT INTO ArticleTag (articleId, tagId) VALUES (?, ?)`).run(piece, tagIds[0]);
  await loginAs(page, "admin");
  for (const width of [360, 1366]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    for (const [name, path] of [
      ["tags", "/admin/tags"],
      ["tags-search", `/admin/tags?q=${encodeURIComponent("انتخابات")}`],
      ["tags-merge", `/admin/tags?act=merge&id=${tagIds[0]}`],
      ["tags-delete", `/admin/tags?act=delete&id=${tagIds[3]}`],
      ["settings", "/admin/settings"],
    ]) {
      await page.goto(path!);
      await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: name !== "tags" });
    }
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/admin/settings");
  await page.getByLabel("الشعار النصي").fill("جريدة يومية سياسية مستقلة");
  await page.getByLabel("صفحة فيسبوك").fill("https://www.facebook.com/almadapaper");
  await page.getByLabel("حساب إكس").fill("x.com/almadapaper");
  await page.getByLabel("قناة يوتيوب").fill("https://www.youtube.com/@almadapaper");
  await page.getByLabel("قناة تيليغرام").fill("t.me/almadapaper");
  await page.getByLabel("حساب إنستغرام").fill("instagram.com/almadapaper");
  await page.getByLabel("قناة واتساب").fill("https://whatsapp.com/channel/0029VaExample");
  await page.getByLabel("نص سياسة التعليقات").fill("نرحب بالنقاش. تُنشر التعليقات بعد مراجعتها، وتُحذف الإساءات والإعلانات.");
  await page.getByLabel("بريد التواصل").fill("desk@almadapaper.net");
  await page.getByLabel("هاتف التواصل").fill("+964 770 123 4567");
  await page.getByLabel("العنوان البريدي").fill("بغداد، شارع أبي نواس\nقرب جسر الجمهورية");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.getByText("حُفظت الإعدادات.").waitFor();
  const reader = await browser.newPage();
  for (const width of [360, 1366]) {
    await reader.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    await reader.goto("/contact");
    await reader.screenshot({ path: `${OUT}/contact-${width}.png`, fullPage: true });
    await reader.goto(`/${piece}#comments`);
    await reader.locator("#comments").screenshot({ path: `${OUT}/comment-policy-${width}.png` });
    await reader.locator("footer.site-footer").screenshot({ path: `${OUT}/footer-${width}.png` });
  }
  await reader.close();
  db.prepare(`DELETE FROM SiteSetting`).run();
  for (const r of saved) db.prepare(`INSERT INTO SiteSetting (key, value, updatedAt) VALUES (?, ?, ?)`).run(r.key, r.value, r.updatedAt);
});
