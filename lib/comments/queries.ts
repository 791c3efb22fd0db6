import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { tags } from "@/lib/cache/tags";
import { decodeCursor, encodeCursor } from "./cursor";

export const THREADS_PER_PAGE = 20;
const REPLIES_PER_THREAD = 100;

/** What readers may see of a comment: no client hash, no moderation fields. */
export type PublicComment = { id: number; authorName: string; body: string; createdAt: string; parentId: number | null };
export type PublicThread = PublicComment & { replies: PublicComment[] };
export type ThreadPage = { threads: PublicThread[]; nextCursor: string | null; total: number };

const toPublic = (r: { id: number; authorName: string; body: string; createdAt: Date; parentId: number | null }): PublicComment => ({
  id: r.id,
  authorName: r.authorName,
  body: r.body,
  createdAt: r.createdAt.toISOString(),
  parentId: r.parentId,
});

type Row = { id: number; authorName: string; body: string; createdAt: Date; parentId: number | null };

// Plain SQL (as lib/articles/sql.ts, decision 008): this runs on every first visit to a
// piece. Replies are numbered per thread (a window function: SQLite and PostgreSQL) so each
// thread shows its first REPLIES_PER_THREAD.
export async function readThreads(articleId: number, cursor: string): Promise<ThreadPage> {
  const c = decodeCursor(cursor);
  const later = c && c !== "invalid";
  const after = later ? Prisma.sql`AND (c."createdAt" > ${c.at} OR (c."createdAt" = ${c.at} AND c."id" > ${c.id}))` : Prisma.empty;
  const tops = await db.$queryRaw<Row[]>`
    SELECT c."id", c."authorName", c."body", c."createdAt", c."parentId" FROM "Comment" c
    WHERE c."articleId" = ${articleId} AND c."status" = 'approved' AND c."parentId" IS NULL ${after}
    ORDER BY c."createdAt" ASC, c."id" ASC LIMIT ${THREADS_PER_PAGE + 1}`;
  const shown = tops.slice(0, THREADS_PER_PAGE);
  const replies = shown.length
    ? await db.$queryRaw<Row[]>`
        SELECT "id", "authorName", "body", "createdAt", "parentId" FROM (
          SELECT c."id", c."authorName", c."body", c."createdAt", c."parentId",
            ROW_NUMBER() OVER (PARTITION BY c."parentId" ORDER BY c."createdAt" ASC, c."id" ASC) AS "n"
          FROM "Comment" c WHERE c."parentId" IN (${Prisma.join(shown.map((t) => t.id))}) AND c."status" = 'approved'
        ) r WHERE "n" <= ${REPLIES_PER_THREAD} ORDER BY "createdAt" ASC, "id" ASC`
    : [];
  const byParent = new Map<number, PublicComment[]>();
  for (const r of replies) byParent.set(r.parentId!, [...(byParent.get(r.parentId!) ?? []), toPublic(r)]);
  const threads = shown.map((t) => ({ ...toPublic(t), replies: byParent.get(t.id) ?? [] }));
  // The first page often holds every comment (most pieces have few): count them here
  // rather than asking the database again.
  const complete = !later && tops.length <= THREADS_PER_PAGE && threads.every((t) => t.replies.length < REPLIES_PER_THREAD);
  const total = complete
    ? threads.reduce((n, t) => n + 1 + t.replies.length, 0)
    : await db.comment.count({ where: { articleId, status: "approved", OR: [{ parentId: null }, { parent: { status: "approved" } }] } });
  const last = shown[shown.length - 1];
  return {
    threads,
    nextCursor: tops.length > THREADS_PER_PAGE && last ? encodeCursor(last) : null,
    total,
  };
}

/** Approved comments of a piece, oldest first, 20 threads a page (cached per cursor). */
export const getCommentThreads = (articleId: number, cursor: string | null = null) =>
  unstable_cache(() => readThreads(articleId, cursor ?? ""), ["comment-threads", String(articleId), cursor ?? ""], {
    tags: [tags.comments(articleId)],
    revalidate: 3600,
  })();
