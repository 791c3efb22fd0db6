import Link from "next/link";
import { articlePath } from "@/lib/articles/urls";
import type { QueueItem } from "@/lib/comments/moderation";
import { DECISIONS, DECISION_LABELS } from "@/lib/comments/moderation-schema";
import { formatArabicDateTime } from "@/lib/dates/format";
import { CommentContext, reasonLabel, statusLabel } from "./comment-context";


/** One comment in a moderation queue, with everything needed to decide on it. */
export function QueueItemView({ item }: { item: QueueItem }) {
  const reasons = new Map<string, number>();
  for (const r of item.reports) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  return (
    <article className="moderation-item" data-comment-id={item.id} aria-labelledby={`mod-${item.id}-name`} tabIndex={-1}>
      <input type="checkbox" name="ids" value={item.id} aria-label={`تحديد تعليق ${item.authorName}`} className="moderation-check" />
      <div>
        <div className="moderation-meta">
          <strong id={`mod-${item.id}-name`}>
            <bdi>{item.authorName}</bdi>
          </strong>
          <time dateTime={item.createdAt.toISOString()}>{formatArabicDateTime(item.createdAt)}</time>
          <span className="status">{statusLabel(item.flagged ? "reported" : item.status)}</span>
          <span>
            على: <Link href={articlePath(item.article)}>{item.article.title}</Link>
          </span>
          <Link href={`/admin/comments/${item.id}`}>السجل والتفاصيل</Link>
        </div>
        <CommentContext comment={item} />
        {item.reports.length > 0 && (
          <p className="hint">
            البلاغات ({item.reports.length}):{" "}
            {[...reasons].map(([r, n]) => `${reasonLabel(r)}${n > 1 ? ` ×${n}` : ""}`).join("، ")}
          </p>
        )}
        {item.others.length > 0 && (
          <details className="hint">
            <summary>تعليقات أخرى من العميل نفسه ({item.others.length})</summary>
            <ul>
              {item.others.map((o) => (
                <li key={o.id}>
                  <Link href={`/admin/comments/${o.id}`}>{o.body.slice(0, 80)}</Link> — {statusLabel(o.status)}،{" "}
                  {formatArabicDateTime(o.createdAt)}
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="moderation-actions">
          {DECISIONS.map((d) => (
            <button key={d} type="submit" name="op" value={`${d}:${item.id}`} data-decision={d} className={d === "approve" ? undefined : "secondary"}>
              {DECISION_LABELS[d]}
            </button>
          ))}
        </div>
      </div>
    </article>
  );
}
