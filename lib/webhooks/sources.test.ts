import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

// Where events come from: the editor's publish, edit, unpublish and archive, the scheduler's
// publication and a moderator's approval each queue exactly the event partners expect, in the
// change's own transaction; drafts, schedules and other readers-unseen changes queue nothing.

const tmp = createTempDatabase();
const raw = tmp.raw;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const editor = { id: "ed", name: "محرر", email: "ed@x.test", role: "editor" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };
const moderator = { ...editor, id: "mo", email: "mo@x.test", role: "moderator" as const };
let wf: typeof import("@/lib/articles/workflow");
let mut: typeof import("@/lib/articles/mutations");
let due: typeof import("@/lib/scheduler/publish-due");
let mod: typeof import("@/lib/comments/moderation");
let n = 0;

function article(status: string, extra: { publishAt?: Date } = {}): number {
  const t = iso(new Date());
  n++;
  return Number(
    raw
      .prepare(`INSERT INTO Article (status, slug, title, bodyHtml, bodyText, sectionId, createdById, publishedAt, publishAt, createdAt, updatedAt) VALUES (?, ?, ?, '<p>نص</p>', 'نص', 1, 'ed', ?, ?, ?, ?)`)
      .run(status, `s-${n}`, `عنوان ${n}`, status === "published" ? t : null, extra.publishAt ? iso(extra.publishAt) : null, t, t).lastInsertRowid,
  );
}
const deliveries = () => raw.prepare(`SELECT event, payload FROM WebhookDelivery ORDER BY createdAt, rowid`).all() as { event: string; payload: string }[];
const since = (k: number) => deliveries().slice(k).map((d) => ({ event: d.event, data: JSON.parse(d.payload).data }));

beforeAll(async () => {
  const t = iso(new Date());
  raw.prepare(`INSERT INTO Section (id, slug, name, createdAt, updatedAt) VALUES (1, 'politics', 'سياسية', ?, ?)`).run(t, t);
  for (const [id, role] of [["ed", "editor"], ["mo", "moderator"]]) raw.prepare(`INSERT INTO User (id, email, name, role, passwordHash, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'x', ?, ?)`).run(id, `${id}@x.test`, id, role, t, t);
  const all = "article.published,article.updated,article.unpublished,article.deleted,comment.approved";
  raw.prepare(`INSERT INTO WebhookEndpoint (url, secret, events, paused, createdAt, updatedAt) VALUES ('https://hooks.example.com/a', 's', ?, 0, ?, ?)`).run(all, t, t);
  wf = await import("@/lib/articles/workflow");
  mut = await import("@/lib/articles/mutations");
  due = await import("@/lib/scheduler/publish-due");
  mod = await import("@/lib/comments/moderation");
});
afterAll(() => {
  raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("webhook events at their sources", () => {
  it("publish → published with the piece as the API lists it; edit → updated; unpublish → unpublished", async () => {
    const id = article("in_review");
    const k = deliveries().length;
    await wf.transition(editor, id, "publish");
    const [pub] = since(k);
    expect(pub).toMatchObject({ event: "article.published", data: { id, title: `عنوان ${n}`, section: { slug: "politics" }, lang: "ar" } });
    expect((pub!.data as { api_url: string }).api_url).toMatch(new RegExp(`/api/v1/articles/${id}$`));
    expect(pub!.data).not.toHaveProperty("body_html");

    const input = { title: "عنوان معدّل", sectionId: 1, bodyHtml: "<p>نص جديد</p>", tagNames: [], authorIds: [] };
    const { articleInputSchema } = await import("@/lib/articles/schema");
    await mut.saveArticle(editor, { id, version: 1, autosave: false, article: articleInputSchema.parse(input) });
    expect(since(k + 1)).toMatchObject([{ event: "article.updated", data: { id, title: "عنوان معدّل" } }]);

    await wf.transition(editor, id, "unpublish");
    const [un] = since(k + 2);
    expect(un).toMatchObject({ event: "article.unpublished", data: { id } });
    expect(Object.keys(un!.data as object).sort()).toEqual(["api_url", "id", "url"]);
  });

  it("drafts, schedules and unscheduling tell nobody; archiving a published piece is deleted", async () => {
    const draft = article("draft");
    const k = deliveries().length;
    const input = { title: "مسودة", sectionId: 1, bodyHtml: "<p>نص</p>", tagNames: [], authorIds: [] };
    const { articleInputSchema } = await import("@/lib/articles/schema");
    await mut.saveArticle(editor, { id: draft, version: 1, autosave: false, article: articleInputSchema.parse(input) });
    await wf.transition(editor, draft, "schedule", { publishAt: new Date(Date.now() + 3600_000) });
    await wf.transition(editor, draft, "unpublish");
    await wf.transition(editor, draft, "archive");
    expect(since(k)).toEqual([]);

    const live = article("published");
    await wf.transition(editor, live, "archive");
    expect(since(k)).toMatchObject([{ event: "article.deleted", data: { id: live } }]);
  });

  it("the scheduler's publication is published, once, however many instances tick", async () => {
    const id = article("scheduled", { publishAt: new Date(Date.now() - 1000) });
    const k = deliveries().length;
    await Promise.all([due.publishDue(), due.publishDue(), due.publishDue()]);
    expect(since(k)).toMatchObject([{ event: "article.published", data: { id } }]);
  });

  it("approving a pending comment is comment.approved; keeping a reported one approved is not", async () => {
    const articleId = article("published");
    const t = iso(new Date());
    const c = (status: string, flagged = 0) =>
      Number(raw.prepare(`INSERT INTO Comment (articleId, authorName, body, status, flagged, clientHash, createdAt, updatedAt) VALUES (?, 'قارئ', 'تعليق مفيد', ?, ?, 'h', ?, ?)`).run(articleId, status, flagged, t, t).lastInsertRowid);
    const pending = c("pending");
    const reported = c("approved", 1);
    const k = deliveries().length;
    await mod.moderate(moderator, "approve", [pending, reported]);
    const got = since(k);
    expect(got).toMatchObject([{ event: "comment.approved", data: { id: pending, article_id: articleId, body: "تعليق مفيد", author_name: "قارئ" } }]);
    expect((got[0]!.data as { url: string }).url).toContain(`#comment-${pending}`);
  });

  it("a correction on a published piece is article.updated", async () => {
    const id = article("published");
    const k = deliveries().length;
    const { addCorrection } = await import("@/lib/corrections/mutations");
    await addCorrection(editor, { articleId: id, text: "ورد خطأً أن الجلسة الثلاثاء، والصحيح الأربعاء.", placement: "end" });
    expect(since(k)).toMatchObject([{ event: "article.updated", data: { id } }]);
  });
});
