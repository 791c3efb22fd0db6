// The cluster (decision 101): PostgreSQL, Redis, two app instances and Varnish in front,
// started by scripts/cluster.mjs on loopback ports of its own. What readers and the
// newsroom notice: a change made on one instance reaches readers through Varnish and on the
// other instance within a second; scheduled pieces go live once each; a killed instance
// costs readers nothing and comes back by itself.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import * as OTPAuth from "otpauth";
import pg from "pg";
import { action, type ActionRef } from "../support/actions";
import { SESSION_COOKIE, callActionOn, editorCookie } from "./staff";
// @ts-expect-error -- a plain ES module script without types
import { startCluster } from "../../scripts/cluster.mjs";

type Cluster = {
  siteUrl: string;
  instanceUrls: string[];
  databaseUrl: string;
  authSecret: string;
  /** Varnish's log of every 5xx it answered (scripts/cluster.mjs). */
  errorLog: string;
  kill(i: number): void;
  restart(i: number): Promise<void>;
  stop(): Promise<void>;
};

const PG_ADMIN = process.env.CLUSTER_PG_URL ?? "postgresql://midad:midad@127.0.0.1:5432/postgres";
const DB_NAME = "midad_cluster_e2e";
/** What readers are promised: a change is visible everywhere within one second. */
const WITHIN_MS = 1000;

let cluster: Cluster;
let db: pg.Client;
let cookie: string;

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test.beforeAll(async () => {
  test.setTimeout(900_000);
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${DB_NAME}`;
  cluster = (await startCluster({
    varnishPort: 8180,
    redisPort: 6391,
    basePort: 3201,
    databaseUrl: url.toString(),
    dataDir: "data/cluster-e2e",
    extraEnv: { SCHEDULER_INTERVAL_MS: "1000" },
    log: () => {},
  })) as Cluster;
  db = new pg.Client({ connectionString: cluster.databaseUrl });
  await db.connect();
  // An editor, signed in with a live session row (as e2e/support/auth.ts does on SQLite).
  cookie = await editorCookie(db, cluster.authSecret);
});

test.afterAll(async () => {
  await db?.end().catch(() => {});
  await cluster?.stop();
});

/** A server action called on one instance, as the dashboard there would (public Origin). */
async function call(instance: number, a: ActionRef, args: unknown[]) {
  const res = await callActionOn(cluster.instanceUrls[instance]!, cluster.siteUrl, cookie, a, args);
  expect(res.status, res.text).toBe(200);
  return res.text;
}

/**
 * Readers' promise: any request made `limit` ms after the change sees the new state. Polls
 * to measure when each page first turned fresh (printed), then checks every page once more
 * with requests made after the limit.
 */
async function visibleWithin(request: APIRequestContext, checks: { url: string; ok: (status: number, body: string) => boolean }[], limit = WITHIN_MS) {
  const started = Date.now();
  const probe = async (c: (typeof checks)[number]) => {
    const res = await request.get(c.url, { maxRedirects: 5 });
    const body = await res.text();
    return { fresh: c.ok(res.status(), body), seen: `${c.url} → ${res.status()} ${res.headers()["x-cache"] ?? ""}` };
  };
  let firstFresh = -1;
  while (Date.now() - started < limit) {
    const sentAt = Date.now() - started;
    if ((await Promise.all(checks.map(probe))).every((r) => r.fresh)) {
      firstFresh = sentAt;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, Math.max(0, limit - (Date.now() - started))));
  const after = await Promise.all(checks.map(probe));
  expect(after.filter((r) => !r.fresh).map((r) => r.seen), `stale ${limit} ms after the change`).toEqual([]);
  return firstFresh;
}

async function draft(title: string): Promise<number> {
  const { rows } = await db.query(`SELECT id FROM "Section" WHERE slug = 'politics'`);
  const out = await call(0, action("createArticleAction"), [
    { title, excerpt: title, bodyHtml: `<p>${title}: نص الخبر.</p>`, sectionId: rows[0].id, tagNames: [], authorIds: [] },
  ]);
  const id = Number(/"id":(\d+)/.exec(out)?.[1]);
  expect(id, out).toBeGreaterThan(0);
  return id;
}

const has = (text: string) => (status: number, body: string) => status === 200 && body.includes(text);

test("a piece published on instance A is on its page, its section, home and the feed through Varnish and on B within a second; an edit and an unpublication too", async ({ request }) => {
  const [a, b] = cluster.instanceUrls;
  const v = cluster.siteUrl;
  const title = `خبر العنقود ${crypto.randomBytes(3).toString("hex")}`;
  const id = await draft(title);
  // Readers have the lists cached everywhere before the change.
  for (const base of [v, v, a, b]) for (const p of ["/", "/section/politics", "/feed.xml"]) expect((await request.get(`${base}${p}`)).status()).toBe(200);
  expect((await request.get(`${v}/`)).headers()["x-cache"]).toBe("HIT");

  await call(0, action("publishArticleAction"), [id]);
  const lists = (t: string) =>
    [v, b].flatMap((base) => ["/", "/section/politics", "/feed.xml", `/${id}`].map((p) => ({ url: `${base}${p}`, ok: has(t) })));
  const published = await visibleWithin(request, lists(title));

  const { rows } = await db.query(`SELECT version FROM "Article" WHERE id = $1`, [id]);
  const edited = `${title} (محدَّث)`;
  await call(0, action("saveArticleAction"), [
    { id, version: rows[0].version, autosave: false, article: { title: edited, excerpt: edited, bodyHtml: `<p>${edited}</p>`, sectionId: (await db.query(`SELECT "sectionId" FROM "Article" WHERE id = $1`, [id])).rows[0].sectionId, tagNames: [], authorIds: [] } },
  ]);
  const edit = await visibleWithin(request, lists(edited));

  await call(0, action("unpublishArticleAction"), [id]);
  const gone = await visibleWithin(request, [
    { url: `${v}/${id}`, ok: (s) => s === 404 },
    { url: `${b}/${id}`, ok: (s) => s === 404 },
    { url: `${v}/`, ok: (s, body) => s === 200 && !body.includes(edited) },
    { url: `${v}/feed.xml`, ok: (s, body) => s === 200 && !body.includes(edited) },
  ]);
  // -1: not yet fresh when the last probe before the limit was sent (the check after it passed).
  console.log(`first fresh response sent after: publish ${published} ms, edit ${edit} ms, unpublish ${gone} ms`);
});

test("an edit of an old piece's text purges only the pages that show it: another section's page stays in Varnish", async ({ request }) => {
  const v = cluster.siteUrl;
  const { rows } = await db.query(
    `SELECT a.id, a.title, a.version, a."sectionId", a."supplementId", a."imageId", a.breaking, a."commentsOpen", s.slug AS section
       FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE a.status = 'published' ORDER BY a."publishedAt" ASC LIMIT 1`,
  );
  const p = rows[0];
  const tagNames = (await db.query(`SELECT t.name FROM "ArticleTag" x JOIN "Tag" t ON t.id = x."tagId" WHERE x."articleId" = $1`, [p.id])).rows.map((r) => r.name);
  const authorIds = (await db.query(`SELECT "authorId" FROM "ArticleAuthor" WHERE "articleId" = $1 ORDER BY position`, [p.id])).rows.map((r) => r.authorId);
  // A page that does not link to the piece (another section's), cached in Varnish.
  const others = (await db.query(`SELECT slug FROM "Section" WHERE id <> $1 ORDER BY position`, [p.sectionId])).rows.map((r) => `/section/${r.slug}`);
  let unrelated = "";
  for (const path of others) {
    const body = await (await request.get(`${v}${path}`)).text();
    if (!body.includes(`href="/${p.id}/`) && !body.includes(`href="/${p.id}"`)) {
      unrelated = path;
      break;
    }
  }
  expect(unrelated, "a section page that does not show the oldest piece").not.toBe("");
  expect((await request.get(`${v}${unrelated}`)).headers()["x-cache"]).toBe("HIT");
  await request.get(`${v}/${p.id}`);

  const edited = `${p.title} (تصحيح لغوي ${crypto.randomBytes(2).toString("hex")})`;
  await call(1, action("saveArticleAction"), [
    {
      id: p.id,
      version: p.version,
      autosave: false,
      article: { title: edited, excerpt: edited, bodyHtml: `<p>${edited}</p>`, sectionId: p.sectionId, supplementId: p.supplementId, imageId: p.imageId, breaking: p.breaking, commentsOpen: p.commentsOpen, tagNames, authorIds },
    },
  ]);
  await visibleWithin(request, [
    { url: `${v}/${p.id}`, ok: has(edited) },
    { url: `${cluster.instanceUrls[0]}/${p.id}`, ok: has(edited) },
  ]);
  const kept = await request.get(`${v}${unrelated}`);
  expect(kept.headers()["x-cache"], `${unrelated} was purged by an edit of a piece it does not show`).toBe("HIT");
});

test("a comment approved in the moderation queue shows through Varnish and on both instances within a second", async ({ request, browser }) => {
  const v = cluster.siteUrl;
  const { rows } = await db.query(`SELECT id FROM "Article" WHERE status = 'published' ORDER BY "publishedAt" DESC LIMIT 1`);
  const id: number = rows[0].id;
  const text = `تعليق من قارئ العنقود ${crypto.randomBytes(3).toString("hex")}`;
  const posted = await request.post(`${v}/api/articles/${id}/comments`, {
    headers: { origin: v, "content-type": "application/json", "x-forwarded-for": "203.0.113.77" },
    data: { name: "قارئ", body: text, website: "" },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  const page = await request.get(`${v}/${id}`);
  expect(await page.text()).not.toContain(text);

  // The moderator works through Varnish like everyone (the dashboard is passed to an
  // instance, either one); the reader's page is then checked on both instances directly.
  const context = await browser.newContext({ baseURL: v, locale: "ar-IQ", timezoneId: "Asia/Baghdad" });
  await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split("=").slice(1).join("="), url: v, httpOnly: true, sameSite: "Lax" }]);
  const mod: Page = await context.newPage();
  await mod.goto("/admin/comments");
  const item = mod.locator("[data-comment-id]").filter({ hasText: text });
  await item.getByRole("button", { name: "قبول" }).click();
  await expect(mod.locator("[data-comment-id]").filter({ hasText: text })).toHaveCount(0);
  await context.close();
  await visibleWithin(request, [v, ...cluster.instanceUrls].map((base) => ({ url: `${base}/${id}`, ok: has(text) })));
});

test("on PostgreSQL through Varnish every kind of reader page renders, and the desk's screens open for an editor", async ({ request }) => {
  const v = cluster.siteUrl;
  const one = async (sql: string) => (await db.query(sql)).rows[0];
  const piece = await one(`SELECT id FROM "Article" WHERE status = 'published' ORDER BY "publishedAt" DESC LIMIT 1`);
  const section = await one(`SELECT slug FROM "Section" ORDER BY position LIMIT 1`);
  const tag = await one(`SELECT t.slug FROM "Tag" t JOIN "ArticleTag" x ON x."tagId" = t.id JOIN "Article" a ON a.id = x."articleId" AND a.status = 'published' LIMIT 1`);
  const author = await one(`SELECT w.slug FROM "Author" w JOIN "ArticleAuthor" x ON x."authorId" = w.id LIMIT 1`);
  const supplement = await one(`SELECT slug FROM "Supplement" LIMIT 1`);
  const readers = [
    "/",
    `/${piece.id}`,
    `/comments/${piece.id}`,
    `/section/${encodeURIComponent(section.slug)}`,
    `/tag/${encodeURIComponent(tag.slug)}`,
    `/author/${encodeURIComponent(author.slug)}`,
    ...(supplement ? [`/supplement/${encodeURIComponent(supplement.slug)}`] : []),
    `/search?q=${encodeURIComponent("الموازنة")}`,
    "/corrections",
    "/contact",
    "/feed.xml",
    "/sitemap.xml",
    "/news-sitemap.xml",
    "/robots.txt",
  ];
  const desk = ["/admin", "/admin/articles", `/admin/articles/${piece.id}`, "/admin/sections", "/admin/tags", "/admin/authors", "/admin/supplements", "/admin/comments", "/admin/front", "/admin/media", "/admin/stats", `/admin/stats/${piece.id}`, "/admin/corrections"];
  const bad: string[] = [];
  for (const p of readers) {
    const res = await request.get(`${v}${p}`, { maxRedirects: 5 });
    if (res.status() !== 200) bad.push(`${p} → ${res.status()}`);
  }
  for (const p of desk) {
    const res = await request.get(`${v}${p}`, { headers: { cookie }, maxRedirects: 0 });
    if (res.status() !== 200) bad.push(`${p} (editor) → ${res.status()}`);
  }
  expect(bad).toEqual([]);
});

test("the desk's settings and taxonomy on PostgreSQL: a renamed section keeps its description and its old address redirects, a new tagline shows, through Varnish and on B within a second", async ({ browser, request }) => {
  const n = crypto.randomBytes(3).toString("hex");
  const v = cluster.siteUrl;
  const { rows } = await db.query(`SELECT id, slug, name, description FROM "Section" WHERE description IS NOT NULL ORDER BY position DESC LIMIT 1`);
  const section = rows[0] as { id: number; slug: string; name: string; description: string };
  const oldPath = `/section/${encodeURIComponent(section.slug)}`;
  // Readers have the section and the home page in Varnish.
  for (const p of [oldPath, "/", oldPath, "/"]) expect((await request.get(`${v}${p}`)).status()).toBe(200);

  const adminCookie = await editorCookie(db, cluster.authSecret, "admin");
  const context = await browser.newContext({ baseURL: v, locale: "ar-IQ" });
  await context.addCookies([{ name: SESSION_COOKIE, value: adminCookie.split("=").slice(1).join("="), url: v }]);
  const page = await context.newPage();
  await page.goto("/admin/sections");
  const form = page.getByRole("form", { name: `تعديل ${section.name}` });
  await expect(form.getByLabel("الوصف")).toHaveValue(section.description);
  const newSlug = `${section.slug}-${n}`;
  await form.getByLabel("الرابط المختصر").fill(newSlug);
  await form.getByRole("button", { name: "حفظ" }).click();
  await expect(form.getByRole("status")).toHaveText("حُفظ القسم.");
  const saved = await db.query(`SELECT slug, description FROM "Section" WHERE id = $1`, [section.id]);
  expect(saved.rows[0]).toEqual({ slug: newSlug, description: section.description });

  await page.goto("/admin/settings");
  const tagline = `صحيفة العنقود ${n}`;
  await page.getByLabel("الشعار النصي").fill(tagline);
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByText("حُفظت الإعدادات.")).toBeVisible();
  await context.close();

  const movedTo = (status: number, body: string) => status === 200 && body.includes(section.description) && body.includes(`/section/${encodeURIComponent(newSlug)}`);
  await visibleWithin(request, [
    { url: `${v}${oldPath}`, ok: movedTo },
    { url: `${cluster.instanceUrls[1]}${oldPath}`, ok: movedTo },
    { url: `${v}/`, ok: has(tagline) },
    { url: `${cluster.instanceUrls[1]}/`, ok: has(tagline) },
  ]);
  const redirect = await request.get(`${v}${oldPath}`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers()["location"]).toContain(`/section/${encodeURIComponent(newSlug)}`);
});

test("ten pieces scheduled for the same moment go live once each with both instances running", async ({ request }) => {
  const ids: number[] = [];
  for (let i = 0; i < 10; i++) ids.push(await draft(`مجدول ${i} ${crypto.randomBytes(2).toString("hex")}`));
  // Due in two seconds: both instances' schedulers (every second) race for them.
  await db.query(`UPDATE "Article" SET status = 'scheduled', "publishAt" = (now() AT TIME ZONE 'UTC') + interval '2 seconds' WHERE id = ANY($1)`, [ids]);
  await expect
    .poll(async () => (await db.query(`SELECT count(*)::int AS n FROM "Article" WHERE id = ANY($1) AND status = 'published'`, [ids])).rows[0].n, { timeout: 30_000 })
    .toBe(10);
  const audit = await db.query(
    `SELECT "entityId", count(*)::int AS n FROM "AuditLog" WHERE action = 'article.publish_scheduled' AND "entityId" = ANY($1) GROUP BY "entityId"`,
    [ids.map(String)],
  );
  expect(audit.rows.map((r) => r.n)).toEqual(Array(10).fill(1));
  for (const id of ids) expect((await request.get(`${cluster.siteUrl}/${id}`)).status()).toBe(200);
});

test("limits hold across instances: a burst of 20 spread over both lets exactly the limit through", async ({ request }) => {
  const { rows } = await db.query(`SELECT id FROM "Article" WHERE status = 'published' AND "commentsOpen" ORDER BY "publishedAt" DESC LIMIT 1`);
  const id: number = rows[0].id;
  const burst = <T,>(n: number, fn: (i: number, base: string) => Promise<T>) =>
    Promise.all(Array.from({ length: n }, (_, i) => fn(i, cluster.instanceUrls[i % 2]!)));
  const tag = crypto.randomBytes(3).toString("hex");

  // Comments: three a minute from one reader.
  const comments = await burst(20, (i, base) =>
    request.post(`${base}/api/articles/${id}/comments`, {
      headers: { origin: cluster.siteUrl, "content-type": "application/json", "x-forwarded-for": "203.0.113.21" },
      data: { name: "قارئ مستعجل", body: `تعليق رقم ${i} ${tag}`, website: "" },
    }),
  );
  const codes = comments.map((r) => r.status());
  expect(codes.filter((c) => c === 201)).toHaveLength(3);
  expect(codes.filter((c) => c === 429)).toHaveLength(17);

  // The same comment sent ten times at once (another reader): stored once.
  const same = `نفس التعليق ${tag}`;
  await burst(10, (_, base) =>
    request.post(`${base}/api/articles/${id}/comments`, {
      headers: { origin: cluster.siteUrl, "content-type": "application/json", "x-forwarded-for": "203.0.113.22" },
      data: { name: "قارئ", body: same, website: "" },
    }),
  );
  expect((await db.query(`SELECT count(*)::int AS n FROM "Comment" WHERE body = $1`, [same])).rows[0].n).toBe(1);

  // Sign-in: five wrong passwords on one account from one client, then a wait.
  const signins = await burst(20, (_, base) =>
    request.post(`${base}/api/login`, {
      headers: { origin: cluster.siteUrl, "content-type": "application/json", "x-forwarded-for": "203.0.113.23" },
      data: { email: "admin@midad.local", password: `wrong-${tag}` },
    }),
  );
  const signinCodes = signins.map((r) => r.status());
  expect(signinCodes.filter((c) => c === 401)).toHaveLength(5);
  expect(signinCodes.filter((c) => c === 429)).toHaveLength(15);
});

test("a reader's beacons landing on both instances count once; two readers count twice", async ({ request }) => {
  const { rows } = await db.query(`SELECT id, "viewCount" FROM "Article" WHERE status = 'published' ORDER BY "publishedAt" ASC LIMIT 1`);
  const id: number = rows[0].id;
  const before: number = rows[0].viewCount;
  const phone = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";
  const beacon = (i: number, reader: string) =>
    request.get(`${cluster.instanceUrls[i % 2]}/api/views/${id}`, { headers: { "user-agent": phone, "x-forwarded-for": reader } });
  // Ten reloads each, alternating between the instances (as a load balancer would send them).
  for (let i = 0; i < 10; i++) for (const r of await Promise.all([beacon(i, "203.0.113.41"), beacon(i + 1, "203.0.113.42")])) expect(r.status()).toBe(200);
  const count = async () => (await db.query(`SELECT "viewCount" FROM "Article" WHERE id = $1`, [id])).rows[0].viewCount as number;
  // Each instance writes its counts every 10 s (lib/views/buffer.ts).
  await expect.poll(count, { timeout: 30_000 }).toBeGreaterThanOrEqual(before + 2);
  await new Promise((r) => setTimeout(r, 11_000));
  expect(await count()).toBe(before + 2);
});

test("two-factor sign-in on PostgreSQL through Varnish: enrol, then password and code, each code once, whichever instance answers", async ({ browser }) => {
  const email = `twofactor-${crypto.randomBytes(4).toString("hex")}@e2e.midad.local`;
  const password = "a-long-cluster-passphrase-5";
  await db.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, active, "mustChangePassword", "createdAt", "updatedAt")
     VALUES ($1, $2, 'محررة العنقود', $3, 'editor', true, false, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')`,
    [`tf${crypto.randomBytes(4).toString("hex")}`, email, await hash(password)],
  );
  const context = await browser.newContext({ baseURL: cluster.siteUrl, locale: "ar-IQ" });
  const page = await context.newPage();
  const signIn = async () => {
    await page.goto("/login");
    await page.getByLabel("البريد الإلكتروني").fill(email);
    await page.getByLabel("كلمة المرور").fill(password);
    await page.getByRole("button", { name: "دخول" }).click();
  };
  const enterCode = async (code: string) => {
    await expect(page).toHaveURL(/\/login\/code/);
    await page.getByLabel("الرمز").fill(code);
    await page.getByRole("button", { name: "تحقق" }).click();
  };
  await signIn();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/two-factor");
  const secret = (await page.locator(".totp-secret").innerText()).replace(/\s/g, "");
  const code = (steps: number) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });
  await page.getByLabel("الرمز من التطبيق").fill(code(0));
  await page.getByRole("button", { name: "تفعيل" }).click();
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  const recovery = (await page.locator(".recovery-codes li").allInnerTexts()).map((c) => c.trim());
  expect(recovery).toHaveLength(10);
  await page.goto("/admin");
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  // Taken once: computing it again could cross a 30 s step and give the next, still unused, code.
  const next = code(1);
  await signIn();
  await enterCode(next);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await signIn();
  await enterCode(next); // the same code again
  await expect(page.locator(".auth-card").getByRole("alert")).toHaveText("الرمز غير صحيح أو استُخدم من قبل.");
  await enterCode(recovery[0]!);
  await expect(page).toHaveURL(/\/admin$/);
  const used = await db.query(`SELECT count(*)::int AS n FROM "RecoveryCode" rc JOIN "User" u ON u.id = rc."userId" WHERE u.email = $1 AND rc."usedAt" IS NOT NULL`, [email]);
  expect(used.rows[0].n).toBe(1);
  await context.close();
});

test("kill -9 of instance A under a steady reader load loses no reader request; A rejoins by itself", async ({ request }) => {
  const v = cluster.siteUrl;
  const { rows } = await db.query(`SELECT id FROM "Article" WHERE status = 'published' ORDER BY id DESC LIMIT 30`);
  const paths = ["/", "/section/politics", "/feed.xml", ...rows.map((r) => `/${r.id}`)];
  let sent = 0;
  const failures: string[] = [];
  let running = true;
  const reader = async (n: number) => {
    for (let i = n; running; i += 4) {
      const p = paths[i % paths.length]!;
      sent++;
      try {
        const res = await request.get(`${v}${p}`, { maxRedirects: 5, timeout: 10_000 });
        if (res.status() !== 200) failures.push(`${p} ${res.status()}`);
      } catch (e) {
        failures.push(`${p} ${(e as Error).message.split("\n")[0]}`);
      }
    }
  };
  const readers = [0, 1, 2, 3].map(reader);
  await new Promise((r) => setTimeout(r, 2000));
  cluster.kill(0);
  await new Promise((r) => setTimeout(r, 5000));
  await cluster.restart(0);
  await new Promise((r) => setTimeout(r, 3000));
  running = false;
  await Promise.all(readers);
  console.log(`reader requests during the kill: ${sent}, failed: ${failures.length}`);
  const varnishSays = () => (fs.existsSync(cluster.errorLog) ? fs.readFileSync(cluster.errorLog, "utf8").slice(-20_000) : "");
  expect(failures, `Varnish's log of those answers:\n${varnishSays()}`).toEqual([]);
  expect(sent).toBeGreaterThan(50);
  // Back in service: it answers, and Varnish sends it requests again once its probe is healthy.
  expect((await request.get(`${cluster.instanceUrls[0]}/api/health`)).status()).toBe(200);
  await expect
    .poll(async () => (await request.get(`${v}/api/health`)).headers()["x-served-by"], { timeout: 15_000, intervals: [200] })
    .toBe("app1");
});

test("while PostgreSQL is down, readers get Varnish's copy or an Arabic 503 to retry, never a crash; the instances reconnect", async ({ request }) => {
  test.skip(!!process.env.CLUSTER_PG_URL, "stops the machine's own PostgreSQL; not with a given server");
  const v = cluster.siteUrl;
  expect((await request.get(`${v}/section/politics`)).status()).toBe(200); // in Varnish now
  const { rows } = await db.query(`SELECT id FROM "Article" WHERE status = 'published' ORDER BY id LIMIT 1`);
  const unseen = `/${rows[0].id}`; // never asked for: no copy anywhere
  await db.end();
  const pgctl = (action: string) => spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", "15", "main", action], { encoding: "utf8" });
  expect(pgctl("stop").status).toBe(0);
  try {
    expect((await request.get(`${v}/section/politics`)).status()).toBe(200);
    const down = await request.get(`${cluster.instanceUrls[0]}${unseen}`, { maxRedirects: 5 });
    expect(down.status()).toBe(503);
    expect(down.headers()["retry-after"]).toBe("30");
    // Readable without JavaScript: not Next's blank error shell (decision 112).
    expect(await down.text()).toContain("تعذر عرض الصفحة الآن");
    const health = await request.get(`${cluster.instanceUrls[1]}/api/health`);
    expect(health.status()).toBe(503);
    expect((await health.json()).message).toBe("قاعدة البيانات غير متاحة");
  } finally {
    expect(pgctl("start").status).toBe(0);
  }
  await expect.poll(async () => (await request.get(`${cluster.instanceUrls[0]}${unseen}`, { maxRedirects: 5 })).status(), { timeout: 30_000 }).toBe(200);
  expect((await request.get(`${cluster.instanceUrls[1]}/api/health`)).status()).toBe(200);
});
