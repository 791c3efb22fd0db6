import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { hash, verify } from "@node-rs/argon2";
import { request as playwrightRequest, type APIRequestContext, type Browser } from "@playwright/test";
import { expect, test } from "./support/test";
import { createUser, SESSION_COOKIE, sessionToken, type TestUser } from "./support/auth";
import { testDb } from "./support/db";
import { E2E_BASE_URL, E2E_DATA_DIR, E2E_PORT, serverEnv } from "./support/env";
import { OwnServer } from "./support/own-server";

// Issue 9, findings 4, 5 and 8: an outsider cannot lock staff out, logout and password
// changes end sessions on the server, sign-in and sign-out refuse other sites, and no
// account with a known password exists after a first start. Decisions 080–083.

/** A client address the suite's "proxy" reports (TRUST_PROXY=loopback). */
const clientAddress = () => `203.0.113.${1 + Math.floor(Math.random() * 250)}`;

async function apiAs(address: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: { "x-forwarded-for": address, origin: E2E_BASE_URL } });
}

/** A browser context holding this session cookie (as a thief with a copy would). */
async function contextWithCookie(browser: Browser, value: string) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  await context.addCookies([{ name: SESSION_COOKIE, value, url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  return context;
}

async function signedIn(browser: Browser, cookie: string, user: TestUser): Promise<boolean> {
  const context = await contextWithCookie(browser, cookie);
  const page = await context.newPage();
  await page.goto("/admin");
  const ok = !page.url().includes("/login") && (await page.getByText(`مرحباً ${user.name}`).isVisible());
  await context.close();
  return ok;
}

test("an outsider hammering an account cannot lock its owner out; the outsider is slowed down", async () => {
  const owner = await createUser("admin", { password: "owner-password-123" });
  const attacker = await apiAs(clientAddress());
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) statuses.push((await attacker.post("/api/login", { data: { email: owner.email, password: `guess-${i}` } })).status());
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
  // Even the right password is refused to the attacker's address while it waits…
  const attackerRight = await attacker.post("/api/login", { data: { email: owner.email, password: "owner-password-123" } });
  expect(attackerRight.status()).toBe(429);
  expect(Number(attackerRight.headers()["retry-after"])).toBeGreaterThan(0);
  // …while the owner, from their own address, signs in at once.
  const ownerApi = await apiAs(clientAddress());
  const res = await ownerApi.post("/api/login", { data: { email: owner.email, password: "owner-password-123" } });
  expect(res.status()).toBe(200);
  expect((await res.json()).ok).toBe(true);
  expect((await ownerApi.storageState()).cookies.some((c) => c.name === SESSION_COOKIE)).toBe(true);
  await attacker.dispose();
  await ownerApi.dispose();
});

test("an address that tries passwords on many accounts is refused on every account", async () => {
  const victim = await createUser("editor", { password: "victim-password-123" });
  const sprayer = await apiAs(clientAddress());
  for (let i = 0; i < 20; i++) {
    expect((await sprayer.post("/api/login", { data: { email: `sprayed-${i}-${Date.now()}@e2e.midad.local`, password: "Password1!" } })).status()).toBe(401);
  }
  const refused = await sprayer.post("/api/login", { data: { email: victim.email, password: "victim-password-123" } });
  expect(refused.status()).toBe(429);
  expect((await refused.json()).message).toContain("حاول مجدداً");
  await sprayer.dispose();
});

test("after logout a copied session cookie no longer works", async ({ browser }) => {
  const user = await createUser("editor", { password: "logout-password-123" });
  const api = await apiAs(clientAddress());
  expect((await api.post("/api/login", { data: { email: user.email, password: "logout-password-123" } })).status()).toBe(200);
  const cookie = (await api.storageState()).cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  expect(await signedIn(browser, cookie, user)).toBe(true); // the copy works while the session lives

  const out = await api.post("/api/logout", { maxRedirects: 0 });
  expect(out.status()).toBe(303);
  expect(await signedIn(browser, cookie, user)).toBe(false);
  const rows = testDb().prepare(`SELECT revokedAt FROM Session WHERE userId = ?`).all(user.id) as { revokedAt: string | null }[];
  expect(rows).toHaveLength(1);
  expect(rows[0]!.revokedAt).not.toBeNull();
  await api.dispose();
});

test("changing the password needs the current one and ends every other session", async ({ browser }) => {
  const user = await createUser("writer", { password: "first-password-123" });
  const mine = await sessionToken(user);
  const elsewhere = await sessionToken(user);
  const context = await contextWithCookie(browser, mine);
  const page = await context.newPage();
  await page.goto("/password");

  await page.getByLabel("كلمة المرور الحالية").fill("not-my-password");
  await page.getByLabel("كلمة المرور الجديدة").fill("second-password-456");
  await page.getByLabel("تأكيد كلمة المرور").fill("second-password-456");
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page.getByText("كلمة المرور الحالية غير صحيحة.")).toBeVisible();
  expect(await signedIn(browser, elsewhere, user)).toBe(true);

  await page.getByLabel("كلمة المرور الحالية").fill("first-password-123");
  await page.getByLabel("كلمة المرور الجديدة").fill("second-password-456");
  await page.getByLabel("تأكيد كلمة المرور").fill("second-password-456");
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(`مرحباً ${user.name}`)).toBeVisible(); // this session goes on
  expect(await signedIn(browser, elsewhere, user)).toBe(false); // the other one ended
  const { passwordHash } = testDb().prepare(`SELECT passwordHash FROM User WHERE id = ?`).get(user.id) as { passwordHash: string };
  expect(await verify(passwordHash, "second-password-456")).toBe(true);
  await context.close();
});

test("a role change or deactivation ends the account's sessions; an admin ends them from the staff page", async ({ browser, page }) => {
  const admin = await createUser("admin");
  await page.context().addCookies([{ name: SESSION_COOKIE, value: await sessionToken(admin), url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  const staff = await createUser("editor", { name: `محرر الجلسات ${Date.now()}` });
  const cookie = await sessionToken(staff);
  expect(await signedIn(browser, cookie, staff)).toBe(true);

  await page.goto("/admin/staff");
  const row = page.getByRole("row").filter({ hasText: staff.name });
  await expect(row).toContainText("آخر نشاط");
  await row.getByRole("button", { name: "إنهاء الجلسات" }).click();
  await expect(row.getByText("لا جلسات")).toBeVisible();
  expect(await signedIn(browser, cookie, staff)).toBe(false);

  const again = await sessionToken(staff);
  await page.reload();
  await row.getByRole("combobox").selectOption("writer");
  await row.getByRole("button", { name: "تغيير الدور" }).click();
  await expect(row.getByText("لا جلسات")).toBeVisible();
  expect(await signedIn(browser, again, staff)).toBe(false);
});

test("sign-in and sign-out posted from another site are refused with 403", async ({ browser }) => {
  const user = await createUser("editor", { password: "csrf-password-123" });
  const creds = { email: user.email, password: "csrf-password-123" };
  const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: { "x-forwarded-for": clientAddress() } });

  const foreign = await api.post("/api/login", { headers: { origin: "https://evil.example" }, data: creds });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).message).toBe("رُفض الطلب: أُرسل من موقع آخر.");
  // A plain HTML form on another site (no JavaScript): the browser sends its Referer / Sec-Fetch-Site.
  const form = await api.post("/api/login", { headers: { referer: "https://evil.example/page", "sec-fetch-site": "cross-site" }, form: creds, maxRedirects: 0 });
  expect(form.status()).toBe(403);
  expect(await form.text()).toContain("أُرسل من موقع آخر");
  const opaque = await api.post("/api/login", { headers: { origin: "null" }, data: creds });
  expect(opaque.status()).toBe(403);
  const authjs = await api.post("/api/auth/callback/credentials", { headers: { origin: "https://evil.example" }, form: creds, maxRedirects: 0 });
  expect(authjs.status()).toBe(403);
  expect((await api.storageState()).cookies.some((c) => c.name === SESSION_COOKIE)).toBe(false);
  expect(testDb().prepare(`SELECT COUNT(*) AS n FROM Session WHERE userId = ?`).get(user.id)).toEqual({ n: 0 });

  // Logout CSRF: a foreign post leaves the session alive; a same-origin one ends it.
  const cookie = await sessionToken(user);
  const cookieHeader = { cookie: `${SESSION_COOKIE}=${cookie}` };
  const foreignOut = await api.post("/api/logout", { headers: { ...cookieHeader, origin: "https://evil.example" }, maxRedirects: 0 });
  expect(foreignOut.status()).toBe(403);
  expect(await signedIn(browser, cookie, user)).toBe(true);
  const ownOut = await api.post("/api/logout", { headers: { ...cookieHeader, origin: E2E_BASE_URL }, maxRedirects: 0 });
  expect(ownOut.status()).toBe(303);
  expect(await signedIn(browser, cookie, user)).toBe(false);
  await api.dispose();
});

test("first run: one admin with a random password, written 0600, printed once, changed at first sign-in", async ({ page }) => {
  // The suite's server was started like `npm start` on an empty database.
  const file = path.join(E2E_DATA_DIR, "initial-admin.txt");
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  const text = fs.readFileSync(file, "utf8");
  const email = /^email: (\S+)$/m.exec(text)?.[1];
  const password = /^password: (\S+)$/m.exec(text)?.[1];
  expect(email).toBe("admin@midad.local");
  expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
  const admin = testDb().prepare(`SELECT role, mustChangePassword, passwordHash FROM User WHERE email = ?`).get(email) as { role: string; mustChangePassword: number; passwordHash: string };
  expect(admin.role).toBe("admin");
  // No demo accounts without --demo-staff, and the passwords README once printed open nothing.
  expect(testDb().prepare(`SELECT COUNT(*) AS n FROM User WHERE email IN ('editor@midad.local', 'writer@midad.local', 'moderator@midad.local')`).get()).toEqual({ n: 0 });
  expect(await verify(admin.passwordHash, "midad-admin-2026")).toBe(false);

  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": clientAddress() });
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(email!);
  await page.getByLabel("كلمة المرور").fill(password!);
  await page.getByRole("button", { name: "دخول" }).click();
  expect(admin.mustChangePassword).toBe(1);
  {
    await expect(page).toHaveURL(/\/password$/);
    await expect(page.getByText("كلمة مرورك الحالية مؤقتة")).toBeVisible();
    await page.goto("/admin/articles");
    await expect(page).toHaveURL(/\/password$/); // nothing else until it is changed
    await page.getByLabel("كلمة المرور الحالية").fill(password!);
    await page.getByLabel("كلمة المرور الجديدة").fill(`${password}-changed`);
    await page.getByLabel("تأكيد كلمة المرور").fill(`${password}-changed`);
    await page.getByRole("button", { name: "حفظ" }).click();
  }
  await expect(page).toHaveURL(/\/admin$/);
  expect(testDb().prepare(`SELECT mustChangePassword FROM User WHERE email = ?`).get(email)).toEqual({ mustChangePassword: 0 });
});

test("the start-up seed prints the first admin once, and rotates a password README once published", async () => {
  test.setTimeout(120_000);
  const dir = path.join(E2E_DATA_DIR, "..", `e2e-first-run-${E2E_PORT}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const dbFile = path.join(dir, "midad.db");
  await testDb().backup(dbFile);
  const copy = new Database(dbFile);
  copy.pragma("foreign_keys = OFF");
  copy.exec(`DELETE FROM Session; DELETE FROM User;`);
  copy.close();
  const seed = () => {
    const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"], {
      env: { ...process.env, ...serverEnv({ DATABASE_URL: `file:${dbFile}`, MEDIA_DIR: path.join(dir, "media") }), NODE_ENV: "production" },
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  const db = () => new Database(dbFile, { readonly: true });

  const first = seed();
  const password = /^password: (\S+)$/m.exec(fs.readFileSync(path.join(dir, "initial-admin.txt"), "utf8"))?.[1];
  expect(password).toBeTruthy();
  expect(first).toContain("First administrator created");
  expect(first).toContain(password!);
  const users = db().prepare(`SELECT email, role, mustChangePassword FROM User`).all();
  expect(users).toEqual([{ email: "admin@midad.local", role: "admin", mustChangePassword: 1 }]);
  expect(seed()).not.toContain(password!); // printed once only

  // A database from before: the admin still has the password README printed.
  const rw = new Database(dbFile);
  rw.prepare(`UPDATE User SET passwordHash = ?, mustChangePassword = 0 WHERE email = 'admin@midad.local'`).run(await hash("midad-admin-2026"));
  rw.close();
  const third = seed();
  const rotated = /^password: (\S+)$/m.exec(fs.readFileSync(path.join(dir, "rotated-passwords.txt"), "utf8"))?.[1];
  expect(third).toContain(rotated!);
  const after = db().prepare(`SELECT passwordHash, mustChangePassword FROM User WHERE email = 'admin@midad.local'`).get() as { passwordHash: string; mustChangePassword: number };
  expect(await verify(after.passwordHash, "midad-admin-2026")).toBe(false);
  expect(await verify(after.passwordHash, rotated!)).toBe(true);
  expect(after.mustChangePassword).toBe(1);
});

test("an empty or short kept secret is replaced, never used", async () => {
  test.setTimeout(120_000);
  const server = new OwnServer(E2E_PORT + 5, { AUTH_SECRET: undefined });
  await server.copyDatabase();
  const secretFile = path.join(server.dir, ".auth-secret");
  fs.writeFileSync(secretFile, "short\n");
  const user = await createUser("editor", { password: "secret-password-123" });
  // createUser wrote to the suite database; the own server has its copy, so copy the row.
  const row = testDb().prepare(`SELECT * FROM User WHERE id = ?`).get(user.id) as Record<string, unknown>;
  const copy = new Database(server.dbFile);
  copy.prepare(`INSERT INTO User (${Object.keys(row).join(", ")}) VALUES (${Object.keys(row).map(() => "?").join(", ")})`).run(...Object.values(row));
  copy.close();
  await server.start();
  try {
    const res = await fetch(`${server.base}/api/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: user.email, password: "secret-password-123" }) });
    expect(res.status).toBe(200);
    const kept = fs.readFileSync(secretFile, "utf8").trim();
    expect(kept.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600);
    // The session it signed works on the next request.
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!.split(";")[0]!;
    const admin = await fetch(`${server.base}/admin`, { headers: { cookie }, redirect: "manual" });
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain(user.name);
  } finally {
    server.stop();
  }
});
