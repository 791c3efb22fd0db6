import fs from "node:fs";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

// What the log records for events no server action covers (decision 140), against a real
// database: piece saves coalesced per person and window, sign-ins that fail, sign-outs.

const tmp = createTempDatabase();
const raw = tmp.raw;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const user = (id: string, role: "writer" | "editor") => ({ id, name: id, email: `${id}@x`, role, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false });
const writer = user("w1", "writer");
const editor = user("e1", "editor");
const input = (title: string, bodyHtml = "<p>نص</p>") => ({
  title, slug: "", kicker: null, excerpt: null, bodyHtml, dateline: null, sectionId: 1, supplementId: null, tagNames: [], authorIds: [],
  imageId: null, imageCaption: null, imageAlt: null, breaking: false, commentsOpen: true, seoTitle: null, seoDescription: null,
});
type Row = { action: string; actorId: string | null; entityId: string | null; detail: string | null };
const log = (where = "1=1", ...p: unknown[]) => raw.prepare(`SELECT action, actorId, entityId, detail FROM AuditLog WHERE ${where} ORDER BY id`).all(...p) as Row[];

let m: typeof import("@/lib/articles/mutations");
let credentials: typeof import("@/lib/auth/credentials");
let sessions: typeof import("@/lib/auth/sessions");

beforeAll(async () => {
  m = await import("@/lib/articles/mutations");
  credentials = await import("@/lib/auth/credentials");
  sessions = await import("@/lib/auth/sessions");
  const t = iso(new Date());
  raw.prepare(`INSERT INTO Section (id, slug, name, createdAt, updatedAt) VALUES (1, 'politics', 'سياسية', ?, ?)`).run(t, t);
  const passwordHash = await hash("a-right-password-1");
  for (const u of [writer, editor]) raw.prepare(`INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(u.id, u.email, u.name, passwordHash, u.role, t, t);
}, 30_000);
afterAll(() => {
  raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("piece edits in the log", () => {
  it("a creation, then saves and autosaves by one person within the window: one «edited» entry naming what changed", async () => {
    const { id } = await m.createArticle(writer, input("مسودة"));
    let v = 1;
    v = (await m.saveArticle(writer, { id, version: v, autosave: true, article: input("مسودة أولى") })).version;
    v = (await m.saveArticle(writer, { id, version: v, autosave: true, article: input("مسودة أولى", "<p>نص أطول</p>") })).version;
    v = (await m.saveArticle(writer, { id, version: v, autosave: false, article: input("مسودة أولى", "<p>نص أطول</p>") })).version;
    const rows = log("entityType = 'article' AND entityId = ?", String(id));
    expect(rows.map((r) => r.action)).toEqual(["article.create", "article.edit"]);
    expect(JSON.parse(rows[1]!.detail!)).toEqual({ title: "مسودة أولى", saves: 1, autosaves: 2, fields: ["العنوان", "النص"] });

    // Another person's save is their own entry; an entry older than the window is not extended.
    v = (await m.saveArticle(editor, { id, version: v, autosave: false, article: input("عنوان المحرر", "<p>نص أطول</p>") })).version;
    raw.prepare(`UPDATE AuditLog SET createdAt = ? WHERE action = 'article.edit' AND actorId = 'w1'`).run(iso(new Date(Date.now() - 11 * 60_000)));
    await m.saveArticle(writer, { id, version: v, autosave: true, article: input("عنوان الكاتب", "<p>نص أطول</p>") });
    expect(log("action = 'article.edit' AND entityId = ?", String(id)).map((r) => r.actorId)).toEqual(["w1", "e1", "w1"]);
  });

  it("a refused save (version conflict) logs nothing", async () => {
    const { id } = await m.createArticle(writer, input("أصل"));
    const before = log().length;
    await expect(m.saveArticle(writer, { id, version: 7, autosave: false, article: input("قديمة") })).rejects.toThrow();
    expect(log().length).toBe(before);
  });
});

describe("sign-ins and sign-outs in the log", () => {
  it("a wrong password, an unknown address and a success are each logged", async () => {
    expect((await credentials.checkCredentials("w1@x", "wrong-password-1", "client-a")).ok).toBe(false);
    expect((await credentials.checkCredentials("nobody@x", "wrong-password-1", "client-a")).ok).toBe(false);
    expect((await credentials.checkCredentials("w1@x", "a-right-password-1", "client-a")).ok).toBe(true);
    const rows = log("action LIKE 'auth.signin%'");
    expect(rows.map((r) => [r.action, r.actorId, r.entityId])).toEqual([
      ["auth.signin_failed", null, "w1"],
      ["auth.signin_failed", null, null],
      ["auth.signin", "w1", "w1"],
    ]);
    expect(JSON.parse(rows[1]!.detail!)).toEqual({ email: "nobody@x" });
  });

  it("signing out is logged once, however many times the session is ended", async () => {
    const sid = await sessions.createSession("e1");
    await sessions.signOutSession(sid);
    await sessions.signOutSession(sid);
    expect(log("action = 'auth.signout'").map((r) => r.actorId)).toEqual(["e1"]);
  });
});
