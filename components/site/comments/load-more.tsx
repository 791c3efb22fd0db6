import { commentsPagePath } from "@/lib/comments/urls";

/**
 * "المزيد من التعليقات": a link to the next page of comments. With JavaScript, /reader.js
 * (./enhance.ts) fetches that same page and appends its comments in place.
 */
export function LoadMore({ articleId, nextCursor }: { articleId: number; nextCursor: string }) {
  return (
    <a className="btn load-more" href={commentsPagePath(articleId, nextCursor)}>
      المزيد من التعليقات
    </a>
  );
}
