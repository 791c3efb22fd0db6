import { REPORT_REASONS, type ReportReason } from "@/lib/comments/rules";

const STATUS_LABELS: Record<string, string> = { pending: "بانتظار المراجعة", approved: "منشور", rejected: "مرفوض", spam: "سبام", reported: "مُبلَّغ عنه" };

/** A comment status (or "reported") as moderators read it; "—" for none. */
export const statusLabel = (s: string | null) => (s ? (STATUS_LABELS[s] ?? s) : "—");
export const reasonLabel = (r: string) => REPORT_REASONS[r as ReportReason] ?? r;

/** What a moderator needs to judge one comment: the reply's parent, the text, why it was held. */
export function CommentContext({ comment }: { comment: { body: string; heldReason: string | null; parent: { authorName: string; body: string } | null } }) {
  return (
    <>
      {comment.parent && (
        <blockquote className="moderation-parent">
          ردّاً على <bdi>{comment.parent.authorName}</bdi>: {comment.parent.body}
        </blockquote>
      )}
      <p className="comment-body">{comment.body}</p>
      {comment.heldReason && <p className="hint">سبب الحجز التلقائي: {comment.heldReason}</p>}
    </>
  );
}
