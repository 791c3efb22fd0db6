import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";

export type PublicComment = { id: number; authorName: string; body: string; createdAt: string; parentId: number | null };

/** Approved comments of a piece, oldest first, with no private field. */
export const getApprovedComments = (articleId: number) =>
  unstable_cache(
    async (): Promise<PublicComment[]> => {
      const rows = await db.comment.findMany({
        where: { articleId, status: "approved" },
        orderBy: { createdAt: "asc" },
        take: 200,
        select: { id: true, authorName: true, body: true, createdAt: true, parentId: true },
      });
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    },
    ["comments", String(articleId)],
    { tags: [tags.comments(articleId)], revalidate: 3600 },
  )();
