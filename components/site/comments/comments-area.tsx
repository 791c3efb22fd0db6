import type { ArticleView } from "@/lib/articles/queries";
import { RESULT_MESSAGES } from "@/lib/comments/errors";
import { commentsClosed } from "@/lib/comments/policy";
import { getCommentThreads } from "@/lib/comments/queries";
import { commentsPagePath } from "@/lib/comments/urls";
import { getSiteSettings } from "@/lib/settings/queries";
import { CommentForm } from "./comment-form";
import { CommentThread } from "./comment-thread";
import { LoadMore } from "./load-more";

type Props = {
  article: Pick<ArticleView, "id" | "commentsOpen" | "publishedAt">;
  /** Set on the dynamic comments page (later pages, no-JS results); the article page passes none. */
  cursor?: string | null;
  formState?: { name?: string; body?: string; message?: string; fields?: Record<string, string>; parentId?: number };
};

/** Reader comments under a piece: the form (or a closed notice), then approved threads. */
export async function CommentsArea({ article, cursor = null, formState }: Props) {
  const [page, settings] = await Promise.all([getCommentThreads(article.id, cursor), getSiteSettings()]);
  const open = !commentsClosed(article, settings);
  return (
    <section className="comments" id="comments" aria-labelledby="comments-title">
      {/* The only script readers' pages load: it improves the forms and links below (decision 110). */}
      <script src="/reader.js" async />
      <h2 id="comments-title">التعليقات ({page.total})</h2>
      {/* Results of a no-JS post: the redirect's URL fragment shows one of these (CSS :target). */}
      {(["pending", "approved", "reported"] as const).map((k) => (
        <p key={k} id={`comment-result-${k}`} className="notice success comment-result" role="status">
          {RESULT_MESSAGES[k]}
        </p>
      ))}
      {open ? (
        <div className="comment-join" id="comment-form">
          <h3>انضم الى المحادثة</h3>
          {settings.commentPolicyText && (
            <div className="comment-policy" role="note" aria-label="سياسة التعليقات">
              {settings.commentPolicyText
                .split(/\n+/)
                .filter((line) => line.trim())
                .map((line, i) => (
                  <p key={i}>{line}</p>
                ))}
            </div>
          )}
          <CommentForm articleId={article.id} initial={formState?.parentId ? undefined : formState} />
        </div>
      ) : (
        <p className="notice comments-closed">التعليقات مغلقة على هذه المادة.</p>
      )}
      {formState?.parentId && formState.message && (
        <div className="comment-join" id="comment-reply-form">
          <h3>ردّك</h3>
          <CommentForm articleId={article.id} parentId={formState.parentId} initial={formState} variant="refused" />
        </div>
      )}
      {page.total === 0 && <p>لا توجد تعليقات بعد.</p>}
      <div className="comment-list">
        {page.threads.map((t) => (
          <CommentThread key={t.id} thread={t} articleId={article.id} open={open} />
        ))}
        {page.nextCursor && <LoadMore articleId={article.id} nextCursor={page.nextCursor} />}
      </div>
      {cursor && (
        <p>
          <a href={commentsPagePath(article.id)}>العودة إلى أول التعليقات</a>
        </p>
      )}
    </section>
  );
}
