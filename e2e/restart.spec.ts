import Database from "better-sqlite3";
import { expect, test } from "./support/test";
import { createUser } from "./support/auth";
import { sqlDate } from "./support/db";
import { E2E_PORT } from "./support/env";
import { OwnServer } from "./support/own-server";

// "Restart": a second server process starts on another port from the database as the
// first one left it (a consistent copy), with the same build. What was stored must
// carry over: lockouts, and scheduled pieces whose time passed while it was down.
// Served as npm start serves (scripts/serve.mjs), so the client is named the same way on
// both servers: sign-in limits are per (account, client) pair (decision 080).
const PORT = E2E_PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;

test("after a restart, lockouts still hold and a piece scheduled while down goes live at start-up", async ({ request }) => {
  test.setTimeout(90_000);
  // A client refused on the running server (it tried passwords on 20 accounts: 15 minutes)…
  const u = await createUser("editor", { password: "restart-password-1" });
  const client = { "x-forwarded-for": `198.51.100.${1 + Math.floor(Math.random() * 250)}` };
  for (let i = 0; i < 20; i++) {
    const r = await request.post("/api/login", { headers: client, data: { email: `sprayed-${i}@e2e.midad.local`, password: `bad-${i}` } });
    expect(r.status()).toBe(401);
  }
  expect((await request.post("/api/login", { headers: client, data: { email: u.email, password: "restart-password-1" } })).status()).toBe(429);

  // …the database as the server left it, plus a piece whose time passed while it was down.
  const server = new OwnServer(PORT);
  await server.copyDatabase();
  const copy = new Database(server.dbFile);
  const section = copy.prepare(`SELECT id FROM Section WHERE slug = 'culture'`).get() as { id: number };
  const id = 9_000_000 + Math.floor(Math.random() * 999_999);
  const title = `مقال فات موعده أثناء التوقف ${id}`;
  const t = sqlDate(new Date());
  copy
    .prepare(`INSERT INTO Article (id, status, slug, title, bodyHtml, bodyText, sectionId, publishAt, createdAt, updatedAt) VALUES (?, 'scheduled', 'فات-موعده', ?, '<p>نص</p>', 'نص', ?, ?, ?, ?)`)
    .run(id, title, section.id, sqlDate(new Date(Date.now() - 10 * 60_000)), t, t);
  copy.close();

  await server.start();
  try {
    await expect
      .poll(async () => {
        const res = await fetch(`${BASE}/${id}/${encodeURIComponent("فات-موعده")}`);
        return res.ok && (await res.text()).includes(title);
      }, { timeout: 10_000 })
      .toBe(true);
    const status = new Database(server.dbFile, { readonly: true });
    expect(status.prepare(`SELECT status FROM Article WHERE id = ?`).get(id)).toEqual({ status: "published" });
    status.close();
    const home = await (await fetch(`${BASE}/section/culture`)).text();
    expect(home).toContain(title);
    const locked = await fetch(`${BASE}/api/login`, { method: "POST", headers: { "content-type": "application/json", ...client }, body: JSON.stringify({ email: u.email, password: "restart-password-1" }) });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  } finally {
    server.stop();
  }
});
