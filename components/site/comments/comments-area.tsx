import type { ArticleView } from "@/lib/articles/queries";
import { getApprovedComments } from "@/lib/comments/queries";
import { formatArabicDateTime } from "@/lib/dates/format";

/** Approved reader comments under a piece (plain text, escaped by React). */
export async function CommentsArea({ article }: { article: ArticleView }) {
  const comments = await getApprovedComments(article.id);
  return (
    <section className="comments" id="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">التعليقات ({comments.length})</h2>
      {comments.length === 0 && <p>لا توجد تعليقات بعد.</p>}
      {comments.map((c) => (
        <article key={c.id} className="comment" id={`comment-${c.id}`}>
          <div className="comment-head">
            <strong>
              <bdi>{c.authorName}</bdi>
            </strong>
            <time dateTime={c.createdAt}>{formatArabicDateTime(new Date(c.createdAt))}</time>
          </div>
          <p className="comment-body">{c.body}</p>
        </article>
      ))}
    </section>
  );
}
