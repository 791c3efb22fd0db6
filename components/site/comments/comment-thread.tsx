import type { PublicComment, PublicThread } from "@/lib/comments/queries";
import { formatArabicDateTime } from "@/lib/dates/format";
import { CommentForm } from "./comment-form";
import { CommentText } from "./comment-text";
import { ReportButton } from "./report-button";

// Rendered on the server, for the article page and for the later pages "load more" fetches.

function CommentItem({ c }: { c: PublicComment }) {
  return (
    <>
      <div className="comment-head">
        <strong>
          <bdi>{c.authorName}</bdi>
        </strong>
        <time dateTime={c.createdAt}>{formatArabicDateTime(new Date(c.createdAt))}</time>
      </div>
      <CommentText text={c.body} />
      <ReportButton commentId={c.id} />
    </>
  );
}

export function CommentThread({ thread, articleId, open }: { thread: PublicThread; articleId: number; open: boolean }) {
  return (
    <article className="comment" id={`comment-${thread.id}`}>
      <CommentItem c={thread} />
      {thread.replies.length > 0 && (
        <div className="comment-replies">
          {thread.replies.map((r) => (
            <article key={r.id} className="comment comment-reply" id={`comment-${r.id}`}>
              <CommentItem c={r} />
            </article>
          ))}
        </div>
      )}
      {open && (
        <details className="comment-reply-box">
          <summary>رد</summary>
          <CommentForm articleId={articleId} parentId={thread.id} />
        </details>
      )}
    </article>
  );
}
