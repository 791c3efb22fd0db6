import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { textKey } from "@/lib/arabic/match";
import { revalidateComments, revalidateTags } from "@/lib/cache/revalidate";
import { tags } from "@/lib/cache/tags";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/guard";
import { enqueueCommentApproved } from "@/lib/webhooks/comment-events";
import type { CommentSettingsInput, Decision, Queue } from "./moderation-schema";

// Moderators' reads and decisions. Callers (server actions, pages) check permissions first.

export const QUEUE_PAGE_SIZE = 25;

export function queueWhere(queue: Queue): Prisma.CommentWhereInput {
  switch (queue) {
    case "pending":
      return { status: "pending" };
    case "reported":
      return { status: "approved", flagged: true };
    case "approved":
      return { status: "approved" };
    case "rejected":
      return { status: "rejected" };
    case "spam":
      return { status: "spam", honeypot: false };
  }
}

export async function getQueueCounts(): Promise<Record<Queue, number>> {
  const [pending, reported, approved, rejected, spam] = await Promise.all(
    (["pending", "reported", "approved", "rejected", "spam"] as const).map((q) => db.comment.count({ where: queueWhere(q) })),
  );
  return { pending: pending!, reported: reported!, approved: approved!, rejected: rejected!, spam: spam! };
}

const itemSelect = {
  id: true,
  authorName: true,
  body: true,
  status: true,
  flagged: true,
  reportCount: true,
  heldReason: true,
  clientHash: true,
  createdAt: true,
  article: { select: { id: true, title: true, slug: true, commentPolicy: true } },
  parent: { select: { id: true, authorName: true, body: true } },
  reports: { select: { reason: true, createdAt: true }, orderBy: { createdAt: "asc" as const } },
} satisfies Prisma.CommentSelect;

export type QueueItem = Prisma.CommentGetPayload<{ select: typeof itemSelect }> & {
  others: { id: number; body: string; status: string; createdAt: Date; articleId: number }[];
};

/** One page of a queue, oldest first for work queues and newest first for the archives. */
export async function getQueue(queue: Queue, page: number): Promise<{ items: QueueItem[]; total: number; pages: number }> {
  const where = queueWhere(queue);
  const work = queue === "pending" || queue === "reported";
  const [total, rows] = await Promise.all([
    db.comment.count({ where }),
    db.comment.findMany({
      where,
      orderBy: [{ createdAt: work ? "asc" : "desc" }, { id: work ? "asc" : "desc" }],
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: itemSelect,
    }),
  ]);
  const others = await othersByClient(rows.map((r) => r.clientHash));
  const items = rows.map((r) => ({ ...r, others: (others.get(r.clientHash) ?? []).filter((o) => o.id !== r.id).slice(0, OTHERS) }));
  return { items, total, pages: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)) };
}

const OTHERS = 5;
type Other = QueueItem["others"][number];

/**
 * The most recent comments of each of these clients, in one query for a whole queue page
 * (it was one query per row). One more than shown per client, since a row's own comment
 * is among them. A window function: SQLite and PostgreSQL alike.
 */
async function othersByClient(hashes: string[]): Promise<Map<string, Other[]>> {
  const unique = [...new Set(hashes)];
  const out = new Map<string, Other[]>();
  if (unique.length === 0) return out;
  const rows = await db.$queryRaw<(Other & { clientHash: string })[]>`
    SELECT "id", "body", "status", "createdAt", "articleId", "clientHash" FROM (
      SELECT c."id", c."body", c."status", c."createdAt", c."articleId", c."clientHash",
        ROW_NUMBER() OVER (PARTITION BY c."clientHash" ORDER BY c."createdAt" DESC, c."id" DESC) AS "n"
      FROM "Comment" c WHERE c."clientHash" IN (${Prisma.join(unique)}) AND c."honeypot" = false
    ) r WHERE "n" <= ${OTHERS + 1} ORDER BY "createdAt" DESC, "id" DESC`;
  for (const { clientHash, ...o } of rows) out.set(clientHash, [...(out.get(clientHash) ?? []), { ...o, createdAt: new Date(o.createdAt) }]);
  return out;
}

/** The same client's other recent comments (by keyed hash; the address itself is never stored). */
async function otherComments(clientHash: string, exceptId: number) {
  return db.comment.findMany({
    where: { clientHash, id: { not: exceptId }, honeypot: false },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, body: true, status: true, createdAt: true, articleId: true },
  });
}

export async function getCommentDetail(id: number) {
  const row = await db.comment.findUnique({
    where: { id },
    select: {
      ...itemSelect,
      moderatedAt: true,
      moderationNote: true,
      moderatedBy: { select: { name: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  const [others, blocks] = await Promise.all([
    otherComments(row.clientHash, row.id),
    db.commentBlock.findMany({
      where: { until: { gt: new Date() }, OR: [{ kind: "client", value: row.clientHash }, { kind: "name", value: textKey(row.authorName) }] },
      select: { id: true, kind: true, until: true, reason: true },
    }),
  ]);
  return { ...row, others, blocks };
}

const TARGET: Record<Decision, "approved" | "rejected" | "spam"> = { approve: "approved", reject: "rejected", spam: "spam" };

/**
 * Approve, reject or mark spam; logs each change and expires the affected pieces' comment
 * caches. Each change is a conditional update on the status the moderator's decision was
 * based on: when two moderators act at once, each event records the status it really
 * changed from (the loser re-reads and decides again, or finds nothing left to do).
 */
export async function moderate(actor: CurrentUser, decision: Decision, ids: number[], reason?: string): Promise<number> {
  const to = TARGET[decision];
  const now = new Date();
  const touched = new Set<number>();
  let changed = 0;
  for (const id of new Set(ids)) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const row = await db.comment.findUnique({ where: { id }, select: { id: true, status: true, flagged: true, articleId: true } });
      if (!row) break;
      const from = row.status === "approved" && row.flagged ? "reported" : row.status;
      if (from === to) break;
      const won = await db.$transaction(async (tx) => {
        const r = await tx.comment.updateMany({
          where: { id: row.id, status: row.status, flagged: row.flagged },
          data: { status: to, flagged: false, moderatedAt: now, moderatedById: actor.id, moderationNote: reason || null },
        });
        if (r.count === 0) return false; // someone else decided first: read again
        await tx.commentEvent.create({ data: { commentId: row.id, actorId: actor.id, fromStatus: from, toStatus: to, reason: reason || null, createdAt: now } });
        await audit({ actorId: actor.id, action: `comment.${decision}`, entityType: "comment", entityId: row.id, detail: { from, to, reason: reason || null } }, tx);
        // Partners hear of comments readers can now see (a reported one kept approved was visible already).
        if (to === "approved" && row.status !== "approved") await enqueueCommentApproved(tx, row.id);
        return true;
      });
      if (!won) continue;
      changed++;
      // Readers see approvals and removals at once; a reported comment that stays approved changes nothing for them.
      if (row.status === "approved" || to === "approved") touched.add(row.articleId);
      break;
    }
  }
  for (const articleId of touched) revalidateComments(articleId);
  return changed;
}

export async function blockFromComment(actor: CurrentUser, commentId: number, kind: "client" | "name", days: number, reason?: string) {
  const c = await db.comment.findUnique({ where: { id: commentId }, select: { clientHash: true, authorName: true } });
  if (!c) return false;
  const value = kind === "client" ? c.clientHash : textKey(c.authorName);
  const until = new Date(Date.now() + days * 86_400_000);
  await db.$transaction(async (tx) => {
    await tx.commentBlock.create({ data: { kind, value, until, reason: reason || null, createdById: actor.id } });
    await audit({ actorId: actor.id, action: "comment.block", entityType: "comment", entityId: commentId, detail: { kind, days, reason: reason || null } }, tx);
  });
  return true;
}

/** The per-piece override of the site's moderation policy (null: follow the site). */
export async function setArticlePolicy(actor: CurrentUser, articleId: number, policy: "pre" | "post" | null): Promise<boolean> {
  const found = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!found) return false;
  await db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: articleId }, data: { commentPolicy: policy } });
    await audit({ actorId: actor.id, action: "comment.settings", entityType: "article", entityId: articleId, detail: { commentPolicy: policy } }, tx);
  });
  revalidateComments(articleId);
  return true;
}

export async function saveCommentSettings(actor: CurrentUser, input: CommentSettingsInput) {
  await db.$transaction(async (tx) => {
    for (const [key, value] of Object.entries(input)) {
      const json = JSON.stringify(value);
      await tx.siteSetting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
    }
    await audit({ actorId: actor.id, action: "comment.settings", entityType: "settings", entityId: "comments", detail: input }, tx);
  });
  // Every page that shows the form or the closed notice read the settings through this tag.
  revalidateTags(tags.settings);
}
