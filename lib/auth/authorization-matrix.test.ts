// The authorization matrix: every server action under app/**/actions.ts and every route
// handler under app/api/** is called directly (no UI) as anonymous, writer, moderator,
// editor and admin, and must be allowed or refused exactly as listed below. A refused
// call must leave the database unchanged. A new action or handler that is not listed
// here fails the "every export is in the matrix" test.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { hash } from "@node-rs/argon2";
import { createTempDatabase, databaseDigest } from "@/lib/testing/temp-db";
import type { AuditAction } from "@/lib/audit/kinds";

const tmp = createTempDatabase();
const raw = tmp.raw;
const ROOT = path.resolve(import.meta.dirname, "../..");

type Who = "anonymous" | "writer" | "moderator" | "editor" | "admin";
const WHO: Who[] = ["anonymous", "writer", "moderator", "editor", "admin"];
type Outcome = "allowed" | "refused";
type Ctx = { users: Record<Exclude<Who, "anonymous">, string>; other: string; sectionId: number };
type Entry = {
  /** Who may, or "public" (no sign-in by design; covered by e2e) with the reason. */
  allowed: Who[] | { public: string };
  /** Creates what the call needs, then returns the call itself (measured alone). */
  call?: (ctx: Ctx) => () => Promise<Outcome>;
  /** A read: allowed calls change nothing either. */
  readOnly?: boolean;
  /** A write that is deliberately not an audit event, with the reason. */
  unaudited?: string;
};

/** The content API (issue 16) is guarded by its own keys, not by staff sign-in (lib/content-api/http.ts). */
const API_KEY_GUARD = "content API: a live API key instead of a staff session (lib/api-keys/verify.ts; lib/content-api/api.test.ts, e2e/content-api.spec.ts)";
const PREFLIGHT = "a browser's CORS preflight: no data; the key's origins are checked on the real request";

let n = 0;
const now = () => new Date().toISOString().replace("Z", "+00:00");
function article(ctx: Ctx, status: string, ownerId: string | null): number {
  n++;
  const r = raw
    .prepare(`INSERT INTO Article (status, slug, title, bodyHtml, bodyText, sectionId, createdById, publishedAt, createdAt, updatedAt) VALUES (?, ?, ?, '<p>نص</p>', 'نص', ?, ?, ?, ?, ?)`)
    .run(status, `m-${n}`, `مقال المصفوفة ${n}`, ctx.sectionId, ownerId, status === "published" ? now() : null, now(), now());
  return Number(r.lastInsertRowid);
}
function revision(articleId: number, userId: string): number {
  const snap = JSON.stringify({ title: "قديم", slug: "", kicker: null, excerpt: null, dateline: null, sectionId: 1, supplementId: null, tagNames: [], authorIds: [], imageId: null, imageCaption: null, imageAlt: null, breaking: false, commentsOpen: true, seoTitle: null, seoDescription: null, bodyText: "قديم" });
  return Number(raw.prepare(`INSERT INTO ArticleRevision (articleId, version, kind, title, bodyHtml, snapshot, userId, createdAt) VALUES (?, 1, 'save', 'قديم', '<p>قديم</p>', ?, ?, ?)`).run(articleId, snap, userId, now()).lastInsertRowid);
}
function tag(): { id: number; name: string } {
  n++;
  const name = `وسم المصفوفة ${n}`;
  return { id: Number(raw.prepare(`INSERT INTO Tag (slug, name, createdAt) VALUES (?, ?, ?)`).run(`mt-${n}`, name, now()).lastInsertRowid), name };
}
function webhook(url = "https://93.184.215.14/hook"): number {
  return Number(raw.prepare(`INSERT INTO WebhookEndpoint (name, url, secret, events, createdAt, updatedAt) VALUES ('وجهة', ?, 'whsec_eA==', 'article.published', ?, ?)`).run(url, now(), now()).lastInsertRowid);
}
/** A library image row no one uses (its file need not exist: deleting tolerates a missing one). */
function media(): number {
  n++;
  return Number(raw.prepare(`INSERT INTO Media (path, mime, width, height, bytes, createdAt) VALUES (?, 'image/png', 10, 10, 1, ?)`).run(`matrix/${n}.png`, now()).lastInsertRowid);
}
function invitation(): number {
  n++;
  return Number(
    raw
      .prepare(`INSERT INTO Invitation (email, name, role, tokenHash, expiresAt, createdAt) VALUES (?, 'مدعو', 'writer', ?, ?, ?)`)
      .run(`inv-${n}@x.local`, crypto.randomBytes(16).toString("hex"), new Date(Date.now() + 3600_000).toISOString().replace("Z", "+00:00"), now()).lastInsertRowid,
  );
}
function comment(ctx: Ctx, status = "pending"): number {
  const articleId = article(ctx, "published", null);
  return Number(
    raw
      .prepare(`INSERT INTO Comment (articleId, status, authorName, body, clientHash, createdAt, updatedAt) VALUES (?, ?, 'قارئ', 'تعليق', 'h', ?, ?)`)
      .run(articleId, status, now(), now()).lastInsertRowid,
  );
}
/** A published piece under live coverage. */
function liveArticle(ctx: Ctx): number {
  const id = article(ctx, "published", ctx.users.writer);
  raw.prepare(`UPDATE Article SET liveStatus = 'live', liveStartedAt = ? WHERE id = ?`).run(now(), id);
  return id;
}
function liveUpdate(articleId: number): number {
  return Number(raw.prepare(`INSERT INTO LiveUpdate (articleId, bodyHtml, bodyText, createdAt, updatedAt) VALUES (?, '<p>تحديث</p>', 'تحديث', ?, ?)`).run(articleId, now(), now()).lastInsertRowid);
}
/** A live correction on a published piece of the writer's. */
function correction(ctx: Ctx): number {
  const articleId = article(ctx, "published", ctx.users.writer);
  const t = now();
  const id = Number(raw.prepare(`INSERT INTO Correction (articleId, text, placement, createdById, createdAt) VALUES (?, 'تصحيح أول على المقال', 'end', ?, ?)`).run(articleId, ctx.users.editor, t).lastInsertRowid);
  raw.prepare(`INSERT INTO CorrectionRevision (correctionId, text, placement, editedById, createdAt) VALUES (?, 'تصحيح أول على المقال', 'end', ?, ?)`).run(id, ctx.users.editor, t);
  return id;
}
const form = (o: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.set(k, v);
  return f;
};
const articleInput = (ctx: Ctx, title = "عنوان") => ({ title, sectionId: ctx.sectionId, bodyHtml: "<p>نص</p>", tagNames: [], authorIds: [] });

const mod: Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>> = {};
let runAs: <T>(id: string | null, fn: () => Promise<T>) => Promise<T>;

/** A server action's typed state → allowed / refused; anything else is a broken fixture. */
async function outcomeOf(p: Promise<unknown>): Promise<Outcome> {
  try {
    const r = (await p) as { ok: boolean; code?: string; message?: string } | null;
    if (!r || r.ok) return "allowed";
    if (r.code === "unauthorized" || r.code === "forbidden") return "refused";
    throw new Error(`unexpected state ${r.code}: ${r.message}`);
  } catch (e) {
    if (String((e as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return "allowed";
    throw e;
  }
}
async function responseOutcome(p: Promise<Response>): Promise<Outcome> {
  const res = await p;
  if (res.status === 401 || res.status === 403) return "refused";
  if (res.ok) return "allowed";
  throw new Error(`unexpected status ${res.status}: ${await res.text()}`);
}

const A = "@/app/(admin)/admin";
const TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
let totp: typeof import("@/lib/auth/totp");
let currentId: () => string | null | undefined;
let matrixHash: string;
/** Every matrix user with MATRIX_PASSWORD and TOTP_SECRET, waiting for its first code or enrolled. */
function withTotp(ctx: Ctx, state: "pending" | "enrolled") {
  const sealed = totp.sealTotpSecret(TOTP_SECRET);
  for (const id of Object.values(ctx.users)) {
    raw.prepare(`UPDATE User SET passwordHash = ? WHERE id = ?`).run(matrixHash, id);
    raw.prepare(`DELETE FROM RecoveryCode WHERE userId = ?`).run(id);
    if (state === "pending") raw.prepare(`UPDATE User SET totpPendingSecret = ?, totpSecret = NULL, totpEnabledAt = NULL, totpLastStep = NULL WHERE id = ?`).run(sealed, id);
    else raw.prepare(`UPDATE User SET totpSecret = ?, totpPendingSecret = NULL, totpEnabledAt = ?, totpLastStep = NULL WHERE id = ?`).run(sealed, now(), id);
  }
}
/** A live session of the user; returns its handle (lib/auth/sessions.ts sessionHandle). */
function liveSession(userId: string): string {
  const t = now();
  const id = crypto.randomBytes(8).toString("hex");
  raw.prepare(`INSERT INTO Session (id, userId, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, ?, ?, ?)`).run(id, userId, t, t, new Date(Date.now() + 3600_000).toISOString().replace("Z", "+00:00"));
  return crypto.createHash("sha256").update(`midad-session:${id}`).digest("base64url").slice(0, 22);
}
/** Every matrix user's password (the password change needs the current one). */
const MATRIX_PASSWORD = "matrix-password-1";
const act = (file: string, name: string, ...args: unknown[]) => mod[file]![name]!(...args);

const MATRIX: Record<string, Entry> = {
  // app/(admin)/admin/articles/actions.ts
  "app/(admin)/admin/articles/actions.ts#createArticleAction": {
    allowed: ["writer", "editor", "admin"],
    call: (ctx) => () => outcomeOf(act("articles", "createArticleAction", articleInput(ctx))),
  },
  "app/(admin)/admin/articles/actions.ts#saveArticleAction": {
    allowed: ["writer", "editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "draft", ctx.users.writer);
      return () => outcomeOf(act("articles", "saveArticleAction", { id, version: 1, autosave: false, article: articleInput(ctx, "محدث") }));
    },
  },
  "app/(admin)/admin/articles/actions.ts#saveArticleAction (someone else's piece)": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "draft", ctx.other);
      return () => outcomeOf(act("articles", "saveArticleAction", { id, version: 1, autosave: false, article: articleInput(ctx, "محدث") }));
    },
  },
  "app/(admin)/admin/articles/actions.ts#saveArticleAction (own published piece)": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "published", ctx.users.writer);
      return () => outcomeOf(act("articles", "saveArticleAction", { id, version: 1, autosave: false, article: articleInput(ctx, "محدث") }));
    },
  },
  "app/(admin)/admin/articles/actions.ts#submitArticleAction": {
    allowed: ["writer", "editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "draft", ctx.users.writer);
      return () => outcomeOf(act("articles", "submitArticleAction", id));
    },
  },
  "app/(admin)/admin/articles/actions.ts#publishArticleAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "in_review", ctx.users.writer);
      return () => outcomeOf(act("articles", "publishArticleAction", id));
    },
  },
  "app/(admin)/admin/articles/actions.ts#scheduleArticleAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "in_review", ctx.users.writer);
      return () => outcomeOf(act("articles", "scheduleArticleAction", { id, day: `${new Date().getFullYear() + 1}-01-01`, time: "10:00" }));
    },
  },
  "app/(admin)/admin/articles/actions.ts#unpublishArticleAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "published", ctx.users.writer);
      return () => outcomeOf(act("articles", "unpublishArticleAction", id));
    },
  },
  "app/(admin)/admin/articles/actions.ts#archiveArticleAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "draft", ctx.users.writer);
      return () => outcomeOf(act("articles", "archiveArticleAction", id));
    },
  },
  "app/(admin)/admin/articles/actions.ts#restoreRevisionAction": {
    allowed: ["writer", "editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "draft", ctx.users.writer);
      const revisionId = revision(id, ctx.users.writer);
      return () => outcomeOf(act("articles", "restoreRevisionAction", { articleId: id, revisionId }));
    },
  },
  "app/(admin)/admin/articles/actions.ts#restoreRevisionFormAction": {
    allowed: ["writer", "editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "draft", ctx.users.writer);
      const revisionId = revision(id, ctx.users.writer);
      return () => outcomeOf(act("articles", "restoreRevisionFormAction", form({ articleId: String(id), revisionId: String(revisionId) })));
    },
  },
  "app/(admin)/admin/articles/actions.ts#latestArticleAction": {
    allowed: ["writer", "editor", "admin"],
    readOnly: true,
    call: (ctx) => {
      const id = article(ctx, "draft", ctx.users.writer);
      return () => outcomeOf(act("articles", "latestArticleAction", id));
    },
  },
  "app/(admin)/admin/articles/actions.ts#latestArticleAction (someone else's piece)": {
    allowed: ["editor", "admin"],
    readOnly: true,
    call: (ctx) => {
      const id = article(ctx, "draft", ctx.other);
      return () => outcomeOf(act("articles", "latestArticleAction", id));
    },
  },
  // taxonomy
  "app/(admin)/admin/sections/actions.ts#saveSectionAction": {
    allowed: ["editor", "admin"],
    call: () => (++n, () => outcomeOf(act("sections", "saveSectionAction", null, form({ name: `قسم ${n}`, slug: `s-${n}`, position: "5" })))),
  },
  "app/(admin)/admin/tags/actions.ts#saveTagAction": {
    allowed: ["editor", "admin"],
    call: () => (++n, () => outcomeOf(act("tags", "saveTagAction", null, form({ name: `وسم ${n}` })))),
  },
  "app/(admin)/admin/tags/actions.ts#mergeTagAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const from = tag();
      const into = tag();
      raw.prepare(`INSERT INTO ArticleTag (articleId, tagId) VALUES (?, ?)`).run(article(ctx, "published", null), from.id);
      return () => outcomeOf(act("tags", "mergeTagAction", null, form({ id: String(from.id), into: into.name })));
    },
  },
  "app/(admin)/admin/tags/actions.ts#deleteTagAction": {
    allowed: ["editor", "admin"],
    call: () => {
      const unused = tag();
      return () => outcomeOf(act("tags", "deleteTagAction", null, form({ id: String(unused.id) })));
    },
  },
  "app/(admin)/admin/supplements/actions.ts#saveSupplementAction": {
    allowed: ["editor", "admin"],
    call: () => (++n, () => outcomeOf(act("supplements", "saveSupplementAction", null, form({ name: `ملحق ${n}`, slug: `sup-${n}` })))),
  },
  "app/(admin)/admin/authors/actions.ts#saveAuthorAction": {
    allowed: ["editor", "admin"],
    call: () => (++n, () => outcomeOf(act("authors", "saveAuthorAction", null, form({ name: `كاتب ${n}`, slug: `a-${n}` })))),
  },
  // staff and settings
  "app/(admin)/admin/staff/actions.ts#createStaffAction": {
    allowed: ["admin"],
    call: () => (++n, () => outcomeOf(act("staff", "createStaffAction", null, form({ name: "جديد", email: `new-${n}@x.local`, role: "writer" })))),
  },
  "app/(admin)/admin/staff/actions.ts#changeRoleAction": {
    allowed: ["admin"],
    call: (ctx) => (++n, () => outcomeOf(act("staff", "changeRoleAction", null, form({ userId: ctx.other, role: n % 2 ? "editor" : "writer" })))),
  },
  "app/(admin)/admin/staff/actions.ts#setActiveAction": {
    allowed: ["admin"],
    call: (ctx) => () => outcomeOf(act("staff", "setActiveAction", null, form({ userId: ctx.other, active: "true" }))),
  },
  "app/(admin)/admin/staff/actions.ts#endSessionsAction": {
    allowed: ["admin"],
    call: (ctx) => {
      const t = now();
      raw.prepare(`INSERT INTO Session (id, userId, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, ?, ?, ?)`).run(crypto.randomBytes(8).toString("hex"), ctx.other, t, t, new Date(Date.now() + 3600_000).toISOString().replace("Z", "+00:00"));
      return () => outcomeOf(act("staff", "endSessionsAction", null, form({ userId: ctx.other })));
    },
  },
  "app/(admin)/admin/staff/actions.ts#inviteStaffAction": {
    allowed: ["admin"],
    call: () => (++n, () => outcomeOf(act("staff", "inviteStaffAction", null, form({ name: "مدعو", email: `invite-${n}@x.local`, role: "writer" })))),
  },
  "app/(admin)/admin/staff/actions.ts#resendInvitationAction": {
    allowed: ["admin"],
    call: () => {
      const id = invitation();
      return () => outcomeOf(act("staff", "resendInvitationAction", null, form({ id: String(id) })));
    },
  },
  "app/(admin)/admin/staff/actions.ts#revokeInvitationAction": {
    allowed: ["admin"],
    call: () => {
      const id = invitation();
      return () => outcomeOf(act("staff", "revokeInvitationAction", null, form({ id: String(id) })));
    },
  },
  "app/(admin)/admin/outbox/actions.ts#retryMailAction": {
    // Without SMTP_URL (as here) an admin's retry moves the message to the local outbox.
    allowed: ["admin"],
    call: () => {
      const id = Number(raw.prepare(`INSERT INTO MailMessage (kind, "to", subject, text, html, status, createdAt) VALUES ('invitation', 'a@x.local', 's', 't', 'h', 'failed', ?)`).run(now()).lastInsertRowid);
      return () => outcomeOf(act("outbox", "retryMailAction", null, form({ id: String(id) })));
    },
  },
  "app/(admin)/admin/api-keys/actions.ts#createApiKeyAction": {
    allowed: ["admin"],
    call: () => () => outcomeOf(act("apiKeys", "createApiKeyAction", null, form({ name: "مفتاح المصفوفة", origins: "" }))),
  },
  "app/(admin)/admin/api-keys/actions.ts#revokeApiKeyAction": {
    allowed: ["admin"],
    call: () => {
      n++;
      const id = Number(raw.prepare(`INSERT INTO ApiKey (name, prefix, secretHash, createdAt) VALUES ('k', 'midad_x', ?, ?)`).run(`hash-${n}`, now()).lastInsertRowid);
      return () => outcomeOf(act("apiKeys", "revokeApiKeyAction", null, form({ id: String(id) })));
    },
  },
  // Webhooks (decision 179): admins only. The create call names a public IP literal (no DNS);
  // the re-sent delivery's endpoint is on loopback, so its attempt is refused before any network.
  "app/(admin)/admin/webhooks/actions.ts#createWebhookAction": {
    allowed: ["admin"],
    call: () => () => outcomeOf(act("webhooks", "createWebhookAction", null, form({ name: "شريك المصفوفة", url: "https://93.184.215.14/hook", events: "article.published" }))),
  },
  "app/(admin)/admin/webhooks/actions.ts#updateWebhookAction": {
    allowed: ["admin"],
    call: () => {
      const id = webhook();
      return () => outcomeOf(act("webhooks", "updateWebhookAction", null, form({ id: String(id), name: "اسم جديد", url: "https://93.184.215.14/hook", events: "comment.approved" })));
    },
  },
  "app/(admin)/admin/webhooks/actions.ts#pauseWebhookAction": {
    allowed: ["admin"],
    call: () => {
      const id = webhook();
      return () => outcomeOf(act("webhooks", "pauseWebhookAction", null, form({ id: String(id), paused: "1" })));
    },
  },
  "app/(admin)/admin/webhooks/actions.ts#deleteWebhookAction": {
    allowed: ["admin"],
    call: () => {
      const id = webhook();
      return () => outcomeOf(act("webhooks", "deleteWebhookAction", null, form({ id: String(id) })));
    },
  },
  "app/(admin)/admin/webhooks/actions.ts#rotateWebhookSecretAction": {
    allowed: ["admin"],
    call: () => {
      const id = webhook();
      return () => outcomeOf(act("webhooks", "rotateWebhookSecretAction", null, form({ id: String(id) })));
    },
  },
  "app/(admin)/admin/webhooks/actions.ts#resendDeliveryAction": {
    allowed: ["admin"],
    call: () => {
      const id = webhook("http://127.0.0.1:9/hook");
      const deliveryId = `msg_matrix_${++n}`;
      raw.prepare(`INSERT INTO WebhookDelivery (id, endpointId, event, payload, status, nextAttemptAt, createdAt) VALUES (?, ?, 'article.published', '{}', 'failed', ?, ?)`).run(deliveryId, id, now(), now());
      return () => outcomeOf(act("webhooks", "resendDeliveryAction", null, form({ id: deliveryId })));
    },
  },
  // Live coverage (decision 192): editors and admins; writers and moderators are refused.
  "app/(admin)/admin/articles/[id]/live/actions.ts#startLiveAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "published", ctx.users.writer);
      return () => outcomeOf(act("live", "startLiveAction", null, form({ articleId: String(id) })));
    },
  },
  "app/(admin)/admin/articles/[id]/live/actions.ts#endLiveAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = liveArticle(ctx);
      return () => outcomeOf(act("live", "endLiveAction", null, form({ articleId: String(id) })));
    },
  },
  "app/(admin)/admin/articles/[id]/live/actions.ts#addLiveUpdateAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = liveArticle(ctx);
      return () => outcomeOf(act("live", "addLiveUpdateAction", null, form({ articleId: String(id), bodyHtml: "<p>تحديث المصفوفة</p>", keyEvent: "on", embedUrl: "https://youtu.be/dQw4w9WgXcQ" })));
    },
  },
  "app/(admin)/admin/articles/[id]/live/actions.ts#editLiveUpdateAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = liveUpdate(liveArticle(ctx));
      return () => outcomeOf(act("live", "editLiveUpdateAction", null, form({ id: String(id), bodyHtml: "<p>تحديث معدّل</p>" })));
    },
  },
  "app/(admin)/admin/articles/[id]/live/actions.ts#deleteLiveUpdateAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = liveUpdate(liveArticle(ctx));
      return () => outcomeOf(act("live", "deleteLiveUpdateAction", null, form({ id: String(id) })));
    },
  },
  "app/api/live/[id]/route.ts#GET": { allowed: { public: "readers' open live pages poll the published updates (e2e/live-coverage.spec.ts, e2e/fuzz.spec.ts)" } },
  // corrections (decision 195): editors and admins; a writer may not, even on their own piece
  "app/(admin)/admin/articles/[id]/corrections/actions.ts#addCorrectionAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "published", ctx.users.writer);
      return () => outcomeOf(act("corrections", "addCorrectionAction", null, form({ articleId: String(id), text: "ورد خطأً أن الجلسة الثلاثاء، والصحيح الأربعاء.", placement: "end" })));
    },
  },
  "app/(admin)/admin/articles/[id]/corrections/actions.ts#editCorrectionAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const c = correction(ctx);
      return () => outcomeOf(act("corrections", "editCorrectionAction", null, form({ id: String(c), text: `نص معدّل للتصحيح رقم ${++n}`, placement: "start" })));
    },
  },
  "app/(admin)/admin/articles/[id]/corrections/actions.ts#withdrawCorrectionAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const c = correction(ctx);
      return () => outcomeOf(act("corrections", "withdrawCorrectionAction", null, form({ id: String(c), reason: "نُشر على المقال الخطأ" })));
    },
  },
  // app/(admin)/admin/front/actions.ts: the home page's arrangement (decision 180), editors and admins
  "app/(admin)/admin/front/actions.ts#arrangeFrontAction": {
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const lead = article(ctx, "published", null);
      const f = form({ intent: "save", topCount: "2", lead: String(lead), breakingText: "" });
      for (const v of ["", ""]) f.append("top", v);
      f.append("pinSection", String(ctx.sectionId));
      f.append("pin", "");
      return () => outcomeOf(act("front", "arrangeFrontAction", null, f));
    },
  },
  "app/(admin)/admin/front/actions.ts#restoreFrontAction": {
    allowed: ["editor", "admin"],
    call: () => {
      const slots = JSON.stringify({ lead: null, top: [null, null], sections: [], breaking: null });
      const id = Number(raw.prepare(`INSERT INTO FrontArrangement (status, slots, publishedAt, createdAt, updatedAt) VALUES ('superseded', ?, ?, ?, ?)`).run(slots, now(), now(), now()).lastInsertRowid);
      return () => outcomeOf(act("front", "restoreFrontAction", null, form({ id: String(id) })));
    },
  },
  "app/(admin)/admin/front/actions.ts#unscheduleFrontAction": {
    allowed: ["editor", "admin"],
    call: () => {
      const slots = JSON.stringify({ lead: null, top: [null, null], sections: [], breaking: null });
      const at = new Date(Date.now() + 3600_000).toISOString().replace("Z", "+00:00");
      const id = Number(raw.prepare(`INSERT INTO FrontArrangement (status, slots, publishAt, createdAt, updatedAt) VALUES ('scheduled', ?, ?, ?, ?)`).run(slots, at, now(), now()).lastInsertRowid);
      return () => outcomeOf(act("front", "unscheduleFrontAction", null, form({ id: String(id) })));
    },
  },
  "app/(auth)/forgot/actions.ts#forgotPasswordAction": { allowed: { public: "a signed-out person asks for a reset link; one answer for every address, limited per address and client" } },
  "app/(auth)/reset/[token]/actions.ts#resetPasswordAction": { allowed: { public: "the holder of a single-use, one-hour reset link (lib/auth/reset.ts)" } },
  "app/(auth)/invite/[token]/actions.ts#acceptInvitationAction": { allowed: { public: "the holder of a single-use, 72-hour invitation link (lib/staff/invitations.ts)" } },
  "app/(admin)/admin/settings/actions.ts#updateSettingsAction": {
    allowed: ["admin"],
    call: () => (++n, () => outcomeOf(act("settings", "updateSettingsAction", null, form({ siteName: `المدى ${n}`, siteDescription: `شعار ${n}`, socialFacebook: `facebook.com/midad${n}` })))),
  },
  // app/(auth)/password/actions.ts: any signed-in staff member, for their own account
  "app/(auth)/password/actions.ts#changePasswordAction": {
    allowed: ["writer", "moderator", "editor", "admin"],
    call: () => () => outcomeOf(act("password", "changePasswordAction", null, form({ current: MATRIX_PASSWORD, password: "a-new-password-123", confirm: "a-new-password-123" }))),
  },
  // Two-factor sign-in and sessions (decision 132): each person, for their own account only.
  // The matrix users get a known TOTP secret (pending or enrolled) so the real call succeeds.
  "app/(auth)/two-factor/actions.ts#confirmTwoFactorAction": {
    allowed: ["writer", "moderator", "editor", "admin"],
    call: (ctx) => {
      withTotp(ctx, "pending");
      return () => outcomeOf(act("twoFactor", "confirmTwoFactorAction", null, form({ code: totp.totpNow(TOTP_SECRET) })));
    },
  },
  "app/(admin)/admin/account/actions.ts#disableTwoFactorAction": {
    allowed: ["writer", "moderator", "editor", "admin"],
    call: (ctx) => {
      withTotp(ctx, "enrolled");
      return () => outcomeOf(act("account", "disableTwoFactorAction", null, form({ password: MATRIX_PASSWORD, code: totp.totpNow(TOTP_SECRET) })));
    },
  },
  "app/(admin)/admin/account/actions.ts#replaceRecoveryCodesAction": {
    allowed: ["writer", "moderator", "editor", "admin"],
    call: (ctx) => {
      withTotp(ctx, "enrolled");
      return () => outcomeOf(act("account", "replaceRecoveryCodesAction", null, form({ password: MATRIX_PASSWORD, code: totp.totpNow(TOTP_SECRET) })));
    },
  },
  "app/(admin)/admin/account/actions.ts#endSessionAction": {
    allowed: ["writer", "moderator", "editor", "admin"],
    call: (ctx) => {
      // One live session for each matrix user; the caller ends their own by its handle.
      const handles = new Map(Object.values(ctx.users).map((userId) => [userId, liveSession(userId)]));
      return () => outcomeOf(act("account", "endSessionAction", null, form({ session: handles.get(currentId() ?? "") ?? handles.get(ctx.users.writer)! })));
    },
  },
  "app/(admin)/admin/account/actions.ts#endOtherSessionsAction": {
    allowed: ["writer", "moderator", "editor", "admin"],
    call: (ctx) => {
      for (const userId of Object.values(ctx.users)) liveSession(userId);
      return () => outcomeOf(act("account", "endOtherSessionsAction", null, form({})));
    },
  },
  "app/(admin)/admin/staff/actions.ts#resetTwoFactorAction": {
    allowed: ["admin"],
    call: (ctx) => {
      withTotp({ ...ctx, users: { writer: ctx.other } as Ctx["users"] }, "enrolled");
      return () => outcomeOf(act("staff", "resetTwoFactorAction", null, form({ userId: ctx.other })));
    },
  },
  // comment moderation (app/(admin)/admin/comments/…)
  "app/(admin)/admin/comments/actions.ts#moderateComments": {
    allowed: ["moderator", "editor", "admin"],
    call: (ctx) => {
      const id = comment(ctx);
      return () => outcomeOf(act("comments", "moderateComments", null, form({ op: `approve:${id}`, queue: "pending" })));
    },
  },
  "app/(admin)/admin/comments/actions.ts#blockCommenter": {
    allowed: ["moderator", "editor", "admin"],
    call: (ctx) => {
      const id = comment(ctx);
      return () => outcomeOf(act("comments", "blockCommenter", null, form({ commentId: String(id), kind: "client", days: "7" })));
    },
  },
  "app/(admin)/admin/comments/actions.ts#setArticleCommentPolicy": {
    allowed: ["moderator", "editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "published", null);
      return () => outcomeOf(act("comments", "setArticleCommentPolicy", null, form({ articleId: String(id), policy: "post" })));
    },
  },
  "app/(admin)/admin/comments/settings/actions.ts#updateCommentSettings": {
    allowed: ["moderator", "editor", "admin"],
    call: () => (
      ++n,
      () =>
        outcomeOf(
          act("commentSettings", "updateCommentSettings", null, form({ commentPolicy: "pre", reportThreshold: String(3 + n), commentAutoCloseDays: "", bannedWords: "", suspectWords: "" })),
        )
    ),
  },
  "app/api/articles/[id]/comments/route.ts#GET": { allowed: { public: "readers list approved comments (e2e/comments-api.spec.ts)" } },
  "app/api/articles/[id]/comments/route.ts#POST": { allowed: { public: "readers post comments; origin checks, rate limits and filters instead (e2e/comments-api.spec.ts)" } },
  "app/api/comments/[id]/reports/route.ts#POST": { allowed: { public: "readers report comments, one per client (e2e/comments-api.spec.ts)" } },
  // media library (issue 15): writers browse and choose; editors and admins edit and delete
  "app/(admin)/admin/media/actions.ts#saveMediaMetaAction": {
    allowed: ["editor", "admin"],
    call: () => {
      const id = media();
      return () => outcomeOf(act("mediaActions", "saveMediaMetaAction", null, form({ id: String(id), alt: "جسر", caption: "تعليق", credit: "علي" })));
    },
  },
  "app/(admin)/admin/media/actions.ts#saveMediaFocusAction": {
    allowed: ["editor", "admin"],
    call: () => {
      const id = media();
      return () => outcomeOf(act("mediaActions", "saveMediaFocusAction", null, form({ id: String(id), x: "20", y: "70" })));
    },
  },
  "app/(admin)/admin/media/actions.ts#deleteMediaAction": {
    allowed: ["editor", "admin"],
    call: () => {
      const id = media();
      return () => outcomeOf(act("mediaActions", "deleteMediaAction", null, form({ id: String(id) })));
    },
  },
  // route handlers
  "app/api/admin/media/route.ts#POST": {
    allowed: ["writer", "editor", "admin"],
    call: () => async () => {
      // A new picture each time: the same bytes again would reuse the stored one (decision 186) and change nothing.
      ++n;
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: n % 256, g: (n >> 8) % 256, b: 7 } } }).png().toBuffer();
      const body = new FormData();
      body.set("file", new File([new Uint8Array(png)], "x.png", { type: "image/png" }));
      return responseOutcome(act("media", "POST", new Request("http://t/api/admin/media", { method: "POST", body })) as Promise<Response>);
    },
  },
  "app/api/admin/media/library/route.ts#GET": {
    allowed: ["writer", "editor", "admin"],
    readOnly: true,
    call: () => {
      media();
      return () => responseOutcome(act("mediaLibrary", "GET", new Request("http://t/api/admin/media/library?page=1")) as Promise<Response>);
    },
  },
  "app/api/admin/articles/[id]/presence/route.ts#POST": {
    unaudited: "a heartbeat every few seconds: who has the editor open, not an event (decision 150)",
    allowed: ["writer", "editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "draft", ctx.users.writer);
      return () => responseOutcome(act("presence", "POST", new Request(`http://t/api/admin/articles/${id}/presence`, { method: "POST" }), { params: Promise.resolve({ id: String(id) }) }) as Promise<Response>);
    },
  },
  "app/api/admin/articles/[id]/presence/route.ts#POST (someone else's piece)": {
    unaudited: "a heartbeat every few seconds: who has the editor open, not an event (decision 150)",
    allowed: ["editor", "admin"],
    call: (ctx) => {
      const id = article(ctx, "draft", ctx.other);
      return () => responseOutcome(act("presence", "POST", new Request(`http://t/api/admin/articles/${id}/presence`, { method: "POST" }), { params: Promise.resolve({ id: String(id) }) }) as Promise<Response>);
    },
  },
  "app/api/admin/front/pieces/route.ts#GET": {
    allowed: ["editor", "admin"],
    readOnly: true,
    call: (ctx) => {
      article(ctx, "published", null);
      return () => responseOutcome(act("frontPieces", "GET", new Request(`http://t/api/admin/front/pieces?q=${encodeURIComponent("مقال المصفوفة")}`)) as Promise<Response>);
    },
  },
  "app/api/internal/revalidate/route.ts#POST": {
    allowed: [], // a signed-in session is not enough: only the server's own secret header
    call: () => () =>
      responseOutcome(
        act("revalidate", "POST", new Request("http://t/api/internal/revalidate", { method: "POST", body: JSON.stringify({ id: 1, sectionSlugs: [], authorSlugs: [], tagSlugs: [], supplementSlugs: [] }) })) as Promise<Response>,
      ),
  },
  "app/api/login/route.ts#POST": { allowed: { public: "the sign-in endpoint itself (e2e/auth.spec.ts)" } },
  "app/api/login/code/route.ts#POST": { allowed: { public: "the sign-in's code step: it needs the challenge a right password opened (e2e/two-factor.spec.ts)" } },
  "app/api/logout/route.ts#POST": { allowed: { public: "signing out needs no permission (e2e/auth.spec.ts)" } },
  "app/api/auth/[...nextauth]/route.ts#GET": { allowed: { public: "Auth.js endpoints (csrf, session)" } },
  "app/api/auth/[...nextauth]/route.ts#POST": { allowed: { public: "Auth.js endpoints; the credentials callback enforces the lockout" } },
  "app/api/health/route.ts#GET": { allowed: { public: "liveness probe" } },
  "app/api/v1/articles/route.ts#GET": { allowed: { public: API_KEY_GUARD } },
  "app/api/v1/articles/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/v1/articles/[id]/route.ts#GET": { allowed: { public: API_KEY_GUARD } },
  "app/api/v1/articles/[id]/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/v1/sections/route.ts#GET": { allowed: { public: API_KEY_GUARD } },
  "app/api/v1/sections/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/v1/tags/route.ts#GET": { allowed: { public: API_KEY_GUARD } },
  "app/api/v1/tags/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/v1/authors/route.ts#GET": { allowed: { public: API_KEY_GUARD } },
  "app/api/v1/authors/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/v1/authors/[slug]/route.ts#GET": { allowed: { public: API_KEY_GUARD } },
  "app/api/v1/authors/[slug]/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/v1/supplements/route.ts#GET": { allowed: { public: API_KEY_GUARD } },
  "app/api/v1/supplements/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/v1/latest/route.ts#GET": { allowed: { public: API_KEY_GUARD } },
  "app/api/v1/latest/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/v1/most-read/route.ts#GET": { allowed: { public: API_KEY_GUARD } },
  "app/api/v1/most-read/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/v1/home/route.ts#GET": { allowed: { public: API_KEY_GUARD } },
  "app/api/v1/home/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/v1/openapi.json/route.ts#GET": { allowed: { public: "the content API's OpenAPI document: describes, holds no content" } },
  "app/api/v1/openapi.json/route.ts#OPTIONS": { allowed: { public: PREFLIGHT } },
  "app/api/search/route.ts#GET": { allowed: { public: "readers search published pieces (e2e/discovery.spec.ts)" } },
  "app/api/views/[id]/route.ts#GET": { allowed: { public: "the view-count pixel; bots and unknown pieces are ignored (e2e/discovery.spec.ts)" } },
  "app/api/views/[id]/route.ts#POST": { allowed: { public: "the view-count beacon; bots and unknown pieces are ignored (e2e/discovery.spec.ts)" } },
};

const MODULES: Record<string, string> = {
  articles: `${A}/articles/actions`,
  sections: `${A}/sections/actions`,
  tags: `${A}/tags/actions`,
  supplements: `${A}/supplements/actions`,
  authors: `${A}/authors/actions`,
  staff: `${A}/staff/actions`,
  outbox: `${A}/outbox/actions`,
  apiKeys: `${A}/api-keys/actions`,
  webhooks: `${A}/webhooks/actions`,
  live: `${A}/articles/[id]/live/actions`,
  corrections: `${A}/articles/[id]/corrections/actions`,
  front: `${A}/front/actions`,
  frontPieces: "@/app/api/admin/front/pieces/route",
  settings: `${A}/settings/actions`,
  password: "@/app/(auth)/password/actions",
  twoFactor: "@/app/(auth)/two-factor/actions",
  account: `${A}/account/actions`,
  comments: `${A}/comments/actions`,
  commentSettings: `${A}/comments/settings/actions`,
  media: "@/app/api/admin/media/route",
  mediaLibrary: "@/app/api/admin/media/library/route",
  mediaActions: `${A}/media/actions`,
  revalidate: "@/app/api/internal/revalidate/route",
  presence: "@/app/api/admin/articles/[id]/presence/route",
};

let ctx: Ctx;

beforeAll(async () => {
  for (const [k, p] of Object.entries(MODULES)) mod[k] = await import(/* @vite-ignore */ p);
  let testIdentity: () => { userId: string | null } | undefined;
  ({ runAs, testIdentity } = await import("@/lib/auth/test-identity"));
  currentId = () => testIdentity()?.userId;
  totp = await import("@/lib/auth/totp");
  const t = now();
  const passwordHash = await hash(MATRIX_PASSWORD);
  matrixHash = passwordHash;
  const user = (role: string) => {
    const id = `u-${role}-${crypto.randomBytes(3).toString("hex")}`;
    raw.prepare(`INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(id, `${id}@x.local`, `مستخدم ${role}`, passwordHash, role, t, t);
    return id;
  };
  const sectionId = Number(raw.prepare(`INSERT INTO Section (slug, name, createdAt, updatedAt) VALUES ('politics', 'سياسية', ?, ?)`).run(t, t).lastInsertRowid);
  ctx = { users: { writer: user("writer"), moderator: user("moderator"), editor: user("editor"), admin: user("admin") }, other: user("writer"), sectionId };
}, 60_000);

afterAll(() => {
  raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Exported names of every file that the matrix must cover. */
function exportedEndpoints(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "actions.ts" || (e.name === "route.ts" && p.includes(`${path.sep}api${path.sep}`))) {
        const rel = path.relative(ROOT, p).split(path.sep).join("/");
        const src = fs.readFileSync(p, "utf8");
        const names = [
          ...[...src.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Za-z0-9_]+)/g)].map((m) => m[1]!),
          ...[...src.matchAll(/export\s*\{([^}]+)\}/g)].flatMap((m) => m[1]!.split(",").map((x) => x.trim().split(/\s+as\s+/).pop()!)),
        ];
        // In route.ts only HTTP methods are endpoints (not segment config such as `dynamic`).
        for (const name of names) if (e.name === "actions.ts" || HTTP_METHODS.has(name)) out.push(`${rel}#${name}`);
      }
    }
  };
  walk(path.join(ROOT, "app"));
  return out;
}

/** The event each state-changing endpoint writes to the audit log (lib/audit/kinds.ts). */
const AUDITED: Record<string, AuditAction> = {
  "app/(admin)/admin/api-keys/actions.ts#createApiKeyAction": "apikey.create",
  "app/(admin)/admin/api-keys/actions.ts#revokeApiKeyAction": "apikey.revoke",
  "app/(admin)/admin/webhooks/actions.ts#createWebhookAction": "webhook.create",
  "app/(admin)/admin/webhooks/actions.ts#updateWebhookAction": "webhook.update",
  "app/(admin)/admin/webhooks/actions.ts#pauseWebhookAction": "webhook.pause",
  "app/(admin)/admin/webhooks/actions.ts#deleteWebhookAction": "webhook.delete",
  "app/(admin)/admin/webhooks/actions.ts#rotateWebhookSecretAction": "webhook.rotate",
  "app/(admin)/admin/webhooks/actions.ts#resendDeliveryAction": "webhook.resend",
  "app/(admin)/admin/articles/[id]/live/actions.ts#startLiveAction": "live.start",
  "app/(admin)/admin/articles/[id]/live/actions.ts#endLiveAction": "live.end",
  "app/(admin)/admin/articles/[id]/live/actions.ts#addLiveUpdateAction": "live.update_add",
  "app/(admin)/admin/articles/[id]/live/actions.ts#editLiveUpdateAction": "live.update_edit",
  "app/(admin)/admin/articles/[id]/live/actions.ts#deleteLiveUpdateAction": "live.update_delete",
  "app/(admin)/admin/front/actions.ts#arrangeFrontAction": "front.save",
  "app/(admin)/admin/front/actions.ts#restoreFrontAction": "front.restore",
  "app/(admin)/admin/front/actions.ts#unscheduleFrontAction": "front.unschedule",
  "app/(admin)/admin/articles/actions.ts#createArticleAction": "article.create",
  "app/(admin)/admin/articles/[id]/corrections/actions.ts#addCorrectionAction": "correction.add",
  "app/(admin)/admin/articles/[id]/corrections/actions.ts#editCorrectionAction": "correction.edit",
  "app/(admin)/admin/articles/[id]/corrections/actions.ts#withdrawCorrectionAction": "correction.withdraw",
  "app/(admin)/admin/articles/actions.ts#saveArticleAction": "article.edit",
  "app/(admin)/admin/articles/actions.ts#submitArticleAction": "article.submit",
  "app/(admin)/admin/articles/actions.ts#publishArticleAction": "article.publish",
  "app/(admin)/admin/articles/actions.ts#scheduleArticleAction": "article.schedule",
  "app/(admin)/admin/articles/actions.ts#unpublishArticleAction": "article.unpublish",
  "app/(admin)/admin/articles/actions.ts#archiveArticleAction": "article.archive",
  "app/(admin)/admin/articles/actions.ts#restoreRevisionAction": "article.restore",
  "app/(admin)/admin/articles/actions.ts#restoreRevisionFormAction": "article.restore",
  "app/(admin)/admin/sections/actions.ts#saveSectionAction": "section.create",
  "app/(admin)/admin/tags/actions.ts#saveTagAction": "tag.create",
  "app/(admin)/admin/tags/actions.ts#mergeTagAction": "tag.merge",
  "app/(admin)/admin/tags/actions.ts#deleteTagAction": "tag.delete",
  "app/(admin)/admin/supplements/actions.ts#saveSupplementAction": "supplement.create",
  "app/(admin)/admin/authors/actions.ts#saveAuthorAction": "author.create",
  "app/(admin)/admin/staff/actions.ts#createStaffAction": "staff.create",
  "app/(admin)/admin/staff/actions.ts#changeRoleAction": "staff.role",
  "app/(admin)/admin/staff/actions.ts#setActiveAction": "staff.activate",
  "app/(admin)/admin/staff/actions.ts#endSessionsAction": "staff.sessions_end",
  "app/(admin)/admin/staff/actions.ts#inviteStaffAction": "staff.invite",
  "app/(admin)/admin/staff/actions.ts#resendInvitationAction": "staff.invite_resend",
  "app/(admin)/admin/staff/actions.ts#revokeInvitationAction": "staff.invite_revoke",
  "app/(admin)/admin/staff/actions.ts#resetTwoFactorAction": "auth.two_factor_reset",
  "app/(admin)/admin/outbox/actions.ts#retryMailAction": "mail.retry",
  "app/(admin)/admin/settings/actions.ts#updateSettingsAction": "settings.update",
  "app/(auth)/password/actions.ts#changePasswordAction": "auth.password_change",
  "app/(auth)/two-factor/actions.ts#confirmTwoFactorAction": "auth.two_factor_enable",
  "app/(admin)/admin/account/actions.ts#disableTwoFactorAction": "auth.two_factor_disable",
  "app/(admin)/admin/account/actions.ts#replaceRecoveryCodesAction": "auth.recovery_codes",
  "app/(admin)/admin/account/actions.ts#endSessionAction": "auth.session_end",
  "app/(admin)/admin/account/actions.ts#endOtherSessionsAction": "auth.sessions_end_others",
  "app/(admin)/admin/comments/actions.ts#moderateComments": "comment.approve",
  "app/(admin)/admin/comments/actions.ts#blockCommenter": "comment.block",
  "app/(admin)/admin/comments/actions.ts#setArticleCommentPolicy": "comment.settings",
  "app/(admin)/admin/comments/settings/actions.ts#updateCommentSettings": "comment.settings",
  "app/api/admin/media/route.ts#POST": "media.upload",
  "app/(admin)/admin/media/actions.ts#saveMediaMetaAction": "media.edit",
  "app/(admin)/admin/media/actions.ts#saveMediaFocusAction": "media.focus",
  "app/(admin)/admin/media/actions.ts#deleteMediaAction": "media.delete",
};
const lastAuditId = () => (raw.prepare(`SELECT COALESCE(MAX(id), 0) AS id FROM AuditLog`).get() as { id: number }).id;
const auditedSince = (id: number) => (raw.prepare(`SELECT action FROM AuditLog WHERE id > ?`).all(id) as { action: string }[]).map((r) => r.action);

describe("authorization matrix", () => {
  it("names the audit event of every endpoint someone may call", () => {
    const unnamed = Object.entries(MATRIX)
      .filter(([, e]) => Array.isArray(e.allowed) && e.allowed.length > 0 && !e.readOnly && !e.unaudited)
      .map(([k]) => k.replace(/ \(.*\)$/, ""))
      .filter((k) => !AUDITED[k]);
    expect(unnamed, "log these (lib/audit/log.ts) and name their event in AUDITED").toEqual([]);
  });

  it("lists every server action and route handler", () => {
    const listed = new Set(Object.keys(MATRIX).map((k) => k.replace(/ \(.*\)$/, "")));
    const missing = exportedEndpoints().filter((e) => !listed.has(e));
    expect(missing, "add these to the matrix in lib/auth/authorization-matrix.test.ts").toEqual([]);
  });

  for (const [name, entry] of Object.entries(MATRIX)) {
    if (!Array.isArray(entry.allowed)) continue;
    const allowed = entry.allowed;
    for (const who of WHO) {
      const expected: Outcome = allowed.includes(who) ? "allowed" : "refused";
      it(`${name} as ${who}: ${expected}`, async () => {
        const userId = who === "anonymous" ? null : ctx.users[who];
        // Fixtures are created inside the call; measure "unchanged" around the action itself.
        const invoke = entry.call!(ctx);
        const before = databaseDigest(raw);
        const lastAudit = lastAuditId();
        const result = await runAs(userId, invoke);
        expect(result).toBe(expected);
        if (result === "refused" || entry.readOnly) expect(databaseDigest(raw), "a refused call or a read changed the database").toBe(before);
        else {
          expect(databaseDigest(raw), "an allowed call should have changed something").not.toBe(before);
          // Every state-changing call is in the audit log, as the event listed in AUDITED (decision 140).
          if (!entry.unaudited) expect(auditedSince(lastAudit), `${name} as ${who} must write the audit log (lib/audit/log.ts)`).toContain(AUDITED[name.replace(/ \(.*\)$/, "")]);
        }
      });
    }
  }
});
