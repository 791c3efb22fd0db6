import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { afterArticleWriteInTx, articleCacheKeys } from "@/lib/articles/after-change";
import type { ArticleCacheKeys } from "@/lib/cache/revalidate";
import { enqueueArticleEvent } from "@/lib/webhooks/article-events";

/**
 * Publish every scheduled piece whose time has come. Each piece flips with a conditional
 * UPDATE … WHERE id=? AND status='scheduled' AND publishAt<=now, so several instances
 * ticking on one database publish each piece exactly once; only the winner audits and
 * revalidates. Returns the cache keys of the pieces this call published.
 */
export async function publishDue(now = new Date()): Promise<ArticleCacheKeys[]> {
  const due = await db.article.findMany({ where: { status: "scheduled", publishAt: { lte: now } }, select: { id: true, publishAt: true }, take: 100 });
  const published: ArticleCacheKeys[] = [];
  for (const a of due) {
    const keys = await db.$transaction(async (tx) => {
      const r = await tx.article.updateMany({
        where: { id: a.id, status: "scheduled", publishAt: { lte: now } },
        data: { status: "published", publishedAt: a.publishAt ?? now, publishAt: null },
      });
      if (r.count === 0) return null; // another instance won, or it was unscheduled meanwhile
      await audit({ actorId: null, action: "article.publish_scheduled", entityType: "article", entityId: a.id, detail: { at: (a.publishAt ?? now).toISOString() } }, tx);
      await afterArticleWriteInTx(tx, a.id);
      await enqueueArticleEvent(tx, "article.published", a.id);
      return articleCacheKeys(tx, a.id);
    });
    if (keys) published.push(keys);
  }
  return published;
}
