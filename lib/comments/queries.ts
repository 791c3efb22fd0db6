import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { decodeCursor, encodeCursor } from "./cursor";

export const THREADS_PER_PAGE = 20;
const REPLIES_PER_THREAD = 100;

/** What readers may see of a comment: no client hash, no moderation fields. */
export type PublicComment = { id: number; authorName: string; body: string; createdAt: string; parentId: number | null };
export type PublicThread = PublicComment & { replies: PublicComment[] };
export type ThreadPage = { threads: PublicThread[]; nextCursor: string | null; total: number };

const publicSelect = { id: true, authorName: true, body: true, createdAt: true, parentId: true } as const;
const toPublic = (r: { id: number; authorName: string; body: string; createdAt: Date; parentId: number | null }): PublicComment => ({
  id: r.id,
  authorName: r.authorName,
  body: r.body,
  createdAt: r.createdAt.toISOString(),
  parentId: r.parentId,
});

async function readThreads(articleId: number, cursor: string): Promise<ThreadPage> {
  const c = decodeCursor(cursor);
  const later = c && c !== "invalid";
  const after = later ? { OR: [{ createdAt: { gt: c.at } }, { createdAt: c.at, id: { gt: c.id } }] } : {};
  const tops = await db.comment.findMany({
    where: { articleId, status: "approved", parentId: null, ...after },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: THREADS_PER_PAGE + 1,
    select: {
      ...publicSelect,
      replies: { where: { status: "approved" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: REPLIES_PER_THREAD, select: publicSelect },
    },
  });
  // The first page often holds every comment (most pieces have few): count them here
  // rather than asking the database again.
  const complete = !later && tops.length <= THREADS_PER_PAGE && tops.every((t) => t.replies.length < REPLIES_PER_THREAD);
  const total = complete
    ? tops.reduce((n, t) => n + 1 + t.replies.length, 0)
    : await db.comment.count({ where: { articleId, status: "approved", OR: [{ parentId: null }, { parent: { status: "approved" } }] } });
  const page = tops.slice(0, THREADS_PER_PAGE);
  const last = page[page.length - 1];
  return {
    threads: page.map((t) => ({ ...toPublic(t), replies: t.replies.map(toPublic) })),
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
