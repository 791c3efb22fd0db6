/**
 * Sign-in fixture for end-to-end tests: a staff member and a valid session WITHOUT
 * typing a password (only e2e/auth.spec.ts types one).
 *
 *   import { loginAs, createUser } from "./support/auth";
 *
 *   test("an editor publishes", async ({ page }) => {
 *     const editor = await loginAs(page, "editor");            // or loginAs(context, "editor")
 *     await page.goto("/admin");                                // signed in as editor.name
 *   });
 *
 *   // Options: a name, a password (argon2id-hashed, for tests that type it), an author
 *   // byline linked to the user (writers get one by default), or an inactive account.
 *   const writer = await loginAs(context, "writer", { name: "كاتب الاختبار" });
 *   writer.authorId; // the byline linked to this writer
 *
 *   // A user row without a session (e.g. to sign in through the form):
 *   const u = await createUser("admin", { password: "a-long-password-123" });
 *
 * How it works: the user row and a Session row (sessions live on the server, decision 081)
 * are inserted directly into the test database (e2e/support/db.ts), then an Auth.js
 * session JWT naming both (`uid`, `sid`) is encrypted with `encode` from
 * "next-auth/jwt" using the test AUTH_SECRET (e2e/support/env.ts serverEnv()) and the
 * cookie name as salt ("authjs.session-token": the server runs on plain http), and set
 * on the browser context. The server then loads this user and session from the database on
 * every request, like any real session; revoking the row signs the browser out.
 *
 *   const token = await sessionToken(user);                  // a new live session
 *   const same = await sessionToken(user, sessionId);        // a cookie for an existing row
 */
import crypto from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { encode } from "next-auth/jwt";
import { testDb, sqlDate } from "./db";
import { E2E_BASE_URL, serverEnv } from "./env";

export type Role = "admin" | "editor" | "writer" | "moderator";
export type TestUser = { id: string; email: string; name: string; role: Role; authorId: number | null; authorSlug: string | null };

export const SESSION_COOKIE = "authjs.session-token";
const ROLE_NAMES: Record<Role, string> = { admin: "مدير الاختبار", editor: "محرر الاختبار", writer: "كاتب الاختبار", moderator: "مشرف الاختبار" };

type Options = { name?: string; password?: string; author?: boolean; active?: boolean; mustChangePassword?: boolean };

/** A staff account straight in the test database. */
export async function createUser(role: Role, opts: Options = {}): Promise<TestUser> {
  const db = testDb();
  const suffix = crypto.randomBytes(4).toString("hex");
  const id = `e2e${suffix}${Date.now().toString(36)}`;
  const email = `${role}-${suffix}@e2e.midad.local`;
  const name = opts.name ?? `${ROLE_NAMES[role]} ${suffix.slice(0, 4)}`;
  const passwordHash = opts.password ? await hash(opts.password) : "!no-password";
  const now = sqlDate(new Date());
  db.prepare(
    `INSERT INTO User (id, email, name, passwordHash, role, active, mustChangePassword, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, email, name, passwordHash, role, opts.active === false ? 0 : 1, opts.mustChangePassword ? 1 : 0, now, now);
  let authorId: number | null = null;
  let authorSlug: string | null = null;
  if (opts.author ?? role === "writer") {
    authorSlug = `e2e-author-${suffix}`;
    const r = db.prepare(`INSERT INTO Author (slug, name, userId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)`).run(authorSlug, name, id, now, now);
    authorId = Number(r.lastInsertRowid);
  }
  return { id, email, name, role, authorId, authorSlug };
}

/** Insert a live Session row for the user (12 hours, as the server's own) and return its id. */
export function createSession(userId: string): string {
  const id = crypto.randomBytes(32).toString("base64url");
  const now = new Date();
  testDb()
    .prepare(`INSERT INTO Session (id, userId, createdAt, lastSeenAt, expiresAt, userAgent) VALUES (?, ?, ?, ?, ?, 'e2e fixture')`)
    .run(id, userId, sqlDate(now), sqlDate(now), sqlDate(new Date(now.getTime() + 12 * 3600_000)));
  return id;
}

/** The session cookie value for a user: for `sessionId` when given, else for a new Session row. */
export async function sessionToken(user: { id: string; name: string; email: string }, sessionId?: string): Promise<string> {
  const sid = sessionId ?? createSession(user.id);
  return encode({
    token: { sub: user.id, uid: user.id, sid, name: user.name, email: user.email },
    secret: serverEnv().AUTH_SECRET!,
    salt: SESSION_COOKIE,
    maxAge: 12 * 3600,
  });
}

/** Create a user with this role and sign the page's (or context's) browser in as them. */
export async function loginAs(target: Page | BrowserContext, role: Role, opts: Options = {}): Promise<TestUser> {
  const context = "context" in target && typeof target.context === "function" ? (target as Page).context() : (target as BrowserContext);
  const user = await createUser(role, opts);
  await context.addCookies([
    { name: SESSION_COOKIE, value: await sessionToken(user), url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" },
  ]);
  return user;
}
