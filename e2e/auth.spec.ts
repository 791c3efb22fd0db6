import { expect, test } from "./support/test";
import { createUser, loginAs } from "./support/auth";
import { count, testDb } from "./support/db";

test("an anonymous visitor to /admin is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin/articles");
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(page.getByRole("heading", { name: "تسجيل دخول المحررين" })).toBeVisible();
});

test("staff sign in with email and password, get an HTTP-only Lax cookie, and sign out", async ({ page, context }) => {
  const u = await createUser("editor", { password: "correct-horse-battery-1" });
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(u.email);
  await page.getByLabel("كلمة المرور").fill("correct-horse-battery-1");
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(`مرحباً ${u.name}`)).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === "authjs.session-token");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  expect(count("AuditLog", "action = 'auth.signin' AND actorId = ?", u.id)).toBe(1);
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong password and an unknown email get the same Arabic message", async ({ page }) => {
  const u = await createUser("writer", { password: "the-right-password-1" });
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(u.email);
  await page.getByLabel("كلمة المرور").fill("wrong-password");
  await page.getByRole("button", { name: "دخول" }).click();
  const alert = page.locator(".auth-error");
  await expect(alert).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
  await page.getByLabel("البريد الإلكتروني").fill("nobody-here@e2e.midad.local");
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(alert).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
  await expect(page).toHaveURL(/\/login/);
});

test("after five failures this client must wait (429 and Retry-After), even with the right password", async ({ request }) => {
  const u = await createUser("editor", { password: "the-right-password-2" });
  for (let i = 0; i < 5; i++) {
    const r = await request.post("/api/login", { data: { email: u.email, password: `bad-${i}` } });
    expect(r.status()).toBe(401);
  }
  const locked = await request.post("/api/login", { data: { email: u.email, password: "the-right-password-2" } });
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await locked.json()).message).toContain("حاول مجدداً");
});

test("the login fixture signs in, and a deactivated account loses access on its next request", async ({ page }) => {
  const u = await loginAs(page, "editor");
  await page.goto("/admin");
  await expect(page.getByText(`مرحباً ${u.name}`)).toBeVisible();
  testDb().prepare(`UPDATE User SET active = 0 WHERE id = ?`).run(u.id);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});

test("a one-time password must be changed at first sign-in", async ({ page }) => {
  await loginAs(page, "writer", { mustChangePassword: true, password: "one-time-password-1" });
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/password$/);
  await page.getByLabel("كلمة المرور الحالية").fill("one-time-password-1");
  await page.getByLabel("كلمة المرور الجديدة").fill("a-brand-new-password");
  await page.getByLabel("تأكيد كلمة المرور").fill("a-brand-new-password");
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page).toHaveURL(/\/admin$/);
});
