import type { SiteSettings } from "@/lib/settings/defaults";

// Who decides what, for one piece: the piece's override beats the site setting.

export type Policy = "pre" | "post";

export function effectivePolicy(article: { commentPolicy: string | null }, settings: Pick<SiteSettings, "commentPolicy">): Policy {
  if (article.commentPolicy === "pre" || article.commentPolicy === "post") return article.commentPolicy;
  return settings.commentPolicy === "post" ? "post" : "pre";
}

/** Closed by the per-piece flag, or once the site's auto-close age has passed. */
export function commentsClosed(
  article: { commentsOpen: boolean; publishedAt: Date | string | null },
  settings: Pick<SiteSettings, "commentAutoCloseDays">,
  now = new Date(),
): boolean {
  if (!article.commentsOpen) return true;
  const days = settings.commentAutoCloseDays;
  if (days == null || !article.publishedAt || !(days > 0)) return false;
  return now.getTime() - new Date(article.publishedAt).getTime() > days * 86_400_000;
}
