import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { createUser, loginAs } from "../support/auth";
import { insertComment } from "../support/comments";
import { insertArticle, sqlDate, testDb } from "../support/db";

// docs/screenshots/audit/*.png: the audit log at a phone width and a desktop width, with a
// mix of events (edits with their fields, a comment decision, settings, a deleted tag, a failed
// sign-in) and with filters applied. Checked for sideways overflow before each shot.

const WIDTHS = [360, 1366] as const;
const OUT = "docs/screenshots/audit";

async function shoot(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0);
    expect.soft(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
  }
}

test("audit log at 360 px and 1366 px", async ({ page }) => {
  const editor = await createUser("editor", { name: "سارة الجبوري" });
  const writer = await createUser("writer", { name: "حسن علي" });
  const article = insertArticle({ title: "مجلس النواب يقرّ موازنة العام المقبل بعد جلسة طويلة" });
  const comment = insertComment({ articleId: article, body: "تعليق", authorName: "أبو زينب", status: "approved" });
  const db = testDb();
  const add = (actorId: string | null, action: string, entityType: string, entityId: string | null, detail: unknown, minutesAgo: number) =>
    db
      .prepare(`INSERT INTO AuditLog (actorId, action, entityType, entityId, detail, createdAt) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(actorId, action, entityType, entityId, detail == null ? null : JSON.stringify(detail), sqlDate(new Date(Date.now() - minutesAgo * 60_000)));
  add(writer.id, "article.create", "article", String(article), { title: "مجلس النواب يقرّ الموازنة" }, 90);
  add(writer.id, "article.edit", "article", String(article), { title: "x", saves: 1, autosaves: 6, fields: ["العنوان", "المقتطف", "النص", "الوسوم"] }, 80);
  add(writer.id, "article.submit", "article", String(article), { title: "x", from: "draft" }, 70);
  add(editor.id, "article.publish", "article", String(article), { title: "x", from: "in_review" }, 60);
  add(editor.id, "comment.approve", "comment", String(comment), { from: "pending", to: "approved" }, 50);
  add(editor.id, "tag.delete", "tag", "99999", { name: "انتخابات ٢٠١٨" }, 40);
  add(null, "auth.signin_failed", "user", writer.id, {}, 30);
  add(writer.id, "auth.signin", "user", writer.id, { secondFactor: "totp" }, 29);
  const admin = await loginAs(page, "admin", { name: "سلمى الراوي" });
  add(admin.id, "settings.update", "settings", null, { changes: { siteName: ["المدى", "المدى اليوم"], timezone: ["Asia/Baghdad", "Asia/Amman"] } }, 10);
  add(admin.id, "staff.role", "user", writer.id, { from: "writer", to: "editor" }, 5);

  await page.goto("/admin/audit");
  await expect(page.locator(".audit-sentence").first()).toBeVisible();
  await shoot(page, "log");
  await page.goto(`/admin/audit?actor=${writer.id}&kind=g:article`);
  await expect(page.locator(".audit-sentence")).toHaveCount(3);
  await shoot(page, "filtered");
  await page.goto("/admin/audit?from=2026-02-31&kind=nonsense");
  await shoot(page, "bad-filters");
});
