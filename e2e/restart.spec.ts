import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "./support/test";
import { createUser } from "./support/auth";
import { sqlDate, testDb } from "./support/db";
import { E2E_DATA_DIR, E2E_PORT, serverEnv } from "./support/env";

// "Restart": a second server process starts on another port from the database as the
// first one left it (a consistent copy), with the same build. What was stored must
// carry over: lockouts, and scheduled pieces whose time passed while it was down.
const PORT = E2E_PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const DIR = path.join(E2E_DATA_DIR, "..", `e2e-restart-${E2E_PORT}`);
const DB_FILE = path.join(DIR, "midad.db");

async function startServer(): Promise<ChildProcess> {
  const env = { ...process.env, ...serverEnv({ PORT: String(PORT), DATABASE_URL: `file:${DB_FILE}`, MEDIA_DIR: path.join(DIR, "media"), SITE_URL: BASE }), NODE_ENV: "production" as const };
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore" });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error("second server did not start");
}

test("after a restart, lockouts still hold and a piece scheduled while down goes live at start-up", async ({ request }) => {
  test.setTimeout(90_000);
  // A locked-out account on the running server…
  const u = await createUser("editor", { password: "restart-password-1" });
  for (let i = 0; i < 5; i++) expect((await request.post("/api/login", { data: { email: u.email, password: `bad-${i}` } })).status()).toBe(401);
  expect((await request.post("/api/login", { data: { email: u.email, password: "restart-password-1" } })).status()).toBe(429);

  // …the database as the server left it, plus a piece whose time passed while it was down.
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  await testDb().backup(DB_FILE);
  const copy = new Database(DB_FILE);
  const section = copy.prepare(`SELECT id FROM Section WHERE slug = 'culture'`).get() as { id: number };
  const id = 9_000_000 + Math.floor(Math.random() * 999_999);
  const title = `مقال فات موعده أثناء التوقف ${id}`;
  const t = sqlDate(new Date());
  copy
    .prepare(`INSERT INTO Article (id, status, slug, title, bodyHtml, bodyText, sectionId, publishAt, createdAt, updatedAt) VALUES (?, 'scheduled', 'فات-موعده', ?, '<p>نص</p>', 'نص', ?, ?, ?, ?)`)
    .run(id, title, section.id, sqlDate(new Date(Date.now() - 10 * 60_000)), t, t);
  copy.close();

  const server = await startServer();
  try {
    await expect
      .poll(async () => {
        const res = await fetch(`${BASE}/${id}/${encodeURIComponent("فات-موعده")}`);
        return res.ok && (await res.text()).includes(title);
      }, { timeout: 10_000 })
      .toBe(true);
    const status = new Database(DB_FILE, { readonly: true });
    expect(status.prepare(`SELECT status FROM Article WHERE id = ?`).get(id)).toEqual({ status: "published" });
    status.close();
    const home = await (await fetch(`${BASE}/section/culture`)).text();
    expect(home).toContain(title);
    const locked = await fetch(`${BASE}/api/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: u.email, password: "restart-password-1" }) });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  } finally {
    server.kill("SIGTERM");
  }
});
