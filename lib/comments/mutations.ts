import "server-only";
import { db } from "@/lib/db";
import { textKey } from "@/lib/arabic/match";
import { publicWhere } from "@/lib/articles/visibility";
import { revalidateComments } from "@/lib/cache/revalidate";
import { getSiteSettingsUncached } from "@/lib/settings/queries";
import { commentError, type CommentError } from "./errors";
import { checkText } from "./filters";
import { commentsClosed, effectivePolicy } from "./policy";
import { COMMENT_RULES, REPORT_RULES, consume } from "./rate-limit";
import { dbHitStore } from "./rate-limit-store";
import { retryWhileBusy } from "@/lib/sql/busy-retry";
import { lockKey } from "@/lib/sql/key-lock";
import type { CommentInput, ReportReason } from "./schema";
import { enqueueCommentApproved } from "@/lib/webhooks/comment-events";

const DUPLICATE_WINDOW_MS = 10 * 60_000;

export type SubmitResult =
  | { ok: true; status: "pending" | "approved"; article: { id: number; slug: string }; comment: { id: number; authorName: string; body: string; createdAt: string; parentId: number | null } | null }
  | { ok: false; error: CommentError };

const fail = (...a: Parameters<typeof commentError>): SubmitResult => ({ ok: false, error: commentError(...a) });

/** A reader's comment after validation: every rule of the comment policy, in order. */
export async function submitComment(articleId: number, input: CommentInput, clientHash: string, now = new Date()): Promise<SubmitResult> {
  const article = await db.article.findFirst({
    where: { id: articleId, ...publicWhere(now) },
    select: { id: true, slug: true, commentsOpen: true, commentPolicy: true, publishedAt: true },
  });
  if (!article) return fail("article_not_found");
  const where = { id: article.id, slug: article.slug };
  const settings = await getSiteSettingsUncached();
  if (commentsClosed(article, settings, now)) return fail("comments_closed");
  const policy = effectivePolicy(article, settings);

  let parentId: number | null = null;
  if (input.parentId) {
    const parent = await db.comment.findFirst({
      where: { id: input.parentId, articleId, status: "approved" },
      select: { id: true, parentId: true },
    });
    if (!parent) return fail("parent_not_found", { parentId: commentError("parent_not_found").message });
    // One level deep: a reply to a reply joins the top-level comment's thread.
    parentId = parent.parentId ?? parent.id;
  }

  const nameKey = textKey(input.name);
  const block = await db.commentBlock.findFirst({
    where: { until: { gt: now }, OR: [{ kind: "client", value: clientHash }, { kind: "name", value: nameKey }] },
    select: { id: true },
  });
  if (block) return fail("blocked");

  const rate = await consume(dbHitStore, `comment:${clientHash}`, COMMENT_RULES, now);
  if (!rate.ok) return fail("rate_limited", {}, rate.retryAfterSeconds);

  // Bots that fill the hidden field are told "thank you" and leave an invisible trace.
  if (input.website.trim() !== "") {
    await db.comment.create({
      data: { articleId, parentId, authorName: input.name, body: input.body, clientHash, bodyKey: textKey(input.body), status: "spam", honeypot: true, heldReason: "حقل الفخ (honeypot)" },
    });
    return { ok: true, status: policy === "post" ? "approved" : "pending", article: where, comment: null };
  }

  const verdict = checkText(`${input.name}\n${input.body}`, settings);
  if (verdict.verdict === "refuse") return fail("banned_words", { body: commentError("banned_words").message });
  const status = verdict.verdict === "hold" || policy === "pre" ? "pending" : "approved";
  const heldReason = verdict.verdict === "hold" ? verdict.reason : null;

  // The duplicate check and the write under the client's lock: two identical comments
  // sent at once (to one instance or two) make one comment.
  const bodyKey = textKey(input.body);
  // Retried while SQLite is busy: the transaction then wrote nothing (lib/sql/busy-retry.ts).
  const created = await retryWhileBusy(() =>
    db.$transaction(async (tx) => {
      await lockKey(tx, `comment:${clientHash}`);
      const dup = await tx.comment.findFirst({
        where: { clientHash, bodyKey, createdAt: { gt: new Date(now.getTime() - DUPLICATE_WINDOW_MS) } },
        select: { id: true },
      });
      if (dup) return null;
      const made = await tx.comment.create({
        data: {
          articleId,
          parentId,
          authorName: input.name,
          body: input.body,
          clientHash,
          bodyKey,
          status,
          heldReason,
          createdAt: now,
          events: { create: { fromStatus: null, toStatus: status, reason: heldReason ?? (status === "pending" ? "إشراف مسبق" : "إشراف لاحق"), createdAt: now } },
        },
        select: { id: true, authorName: true, body: true, createdAt: true, parentId: true },
      });
      // Post-moderation: readers see it now, so partners are told as for a moderator's approval.
      if (status === "approved") await enqueueCommentApproved(tx, made.id);
      return made;
    }),
  );
  if (!created) return fail("duplicate", { body: commentError("duplicate").message });
  if (status === "approved") revalidateComments(articleId);
  return { ok: true, status, article: where, comment: status === "approved" ? { ...created, createdAt: created.createdAt.toISOString() } : null };
}

export type ReportResult = { ok: true; flagged: boolean; article: { id: number; slug: string } } | { ok: false; error: CommentError };

/** One report per client per comment; at the threshold an approved comment joins the reported queue. */
export async function reportComment(commentId: number, reason: ReportReason, clientHash: string, now = new Date()): Promise<ReportResult> {
  const comment = await db.comment.findFirst({
    where: { id: commentId, status: "approved", article: publicWhere(now) },
    select: { id: true, article: { select: { id: true, slug: true } } },
  });
  if (!comment) return { ok: false, error: commentError("comment_not_found") };
  const existing = await db.commentReport.findUnique({ where: { commentId_clientHash: { commentId, clientHash } }, select: { id: true } });
  if (existing) return { ok: false, error: commentError("already_reported") };
  const rate = await consume(dbHitStore, `report:${clientHash}`, REPORT_RULES, now);
  if (!rate.ok) return { ok: false, error: commentError("rate_limited", {}, rate.retryAfterSeconds) };
  const settings = await getSiteSettingsUncached();
  const threshold = Math.max(1, Number(settings.reportThreshold) || 3);
  try {
    return await db.$transaction(async (tx) => {
      await tx.commentReport.create({ data: { commentId, clientHash, reason, createdAt: now } });
      const updated = await tx.comment.update({ where: { id: commentId }, data: { reportCount: { increment: 1 } }, select: { reportCount: true, flagged: true } });
      let flagged = updated.flagged;
      if (!flagged && updated.reportCount >= threshold) {
        await tx.comment.update({ where: { id: commentId }, data: { flagged: true } });
        await tx.commentEvent.create({
          data: { commentId, fromStatus: "approved", toStatus: "reported", reason: `بلغ عدد البلاغات ${updated.reportCount}`, createdAt: now },
        });
        flagged = true;
      }
      return { ok: true as const, flagged, article: comment.article };
    });
  } catch (e) {
    // Two reports racing from the same client: the unique index keeps one.
    if ((e as { code?: string }).code === "P2002") return { ok: false, error: commentError("already_reported") };
    throw e;
  }
}
