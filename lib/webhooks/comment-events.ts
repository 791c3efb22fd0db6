import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articlePath } from "@/lib/articles/urls";
import { absolute } from "@/lib/content-api/media";
import { isoWithBaghdadOffset } from "@/lib/dates/format";
import { enqueueEvent } from "./events";

// "comment.approved": a comment became visible to readers, by a moderator's approval or on
// arrival under post-moderation. Queued in the transaction that made it visible (decision 179).

export async function enqueueCommentApproved(tx: Prisma.TransactionClient, commentId: number): Promise<void> {
  await enqueueEvent(
    "comment.approved",
    async () => {
      const c = await tx.comment.findUnique({
        where: { id: commentId },
        select: { id: true, parentId: true, authorName: true, body: true, createdAt: true, article: { select: { id: true, slug: true } } },
      });
      if (!c) return { id: commentId };
      return {
        id: c.id,
        article_id: c.article.id,
        parent_id: c.parentId,
        author_name: c.authorName,
        body: c.body,
        created_at: isoWithBaghdadOffset(c.createdAt),
        url: absolute(`${articlePath(c.article)}#comment-${c.id}`),
      };
    },
    tx,
  );
}
