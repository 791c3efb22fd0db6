import { REPORT_REASONS } from "@/lib/comments/rules";

/** "إبلاغ" with its reasons: a plain form post; /reader.js (./enhance.ts) sends it with fetch. */
export function ReportButton({ commentId }: { commentId: number }) {
  return (
    <details className="comment-report">
      <summary>إبلاغ</summary>
      <form method="post" action={`/api/comments/${commentId}/reports`}>
        <fieldset>
          <legend>سبب الإبلاغ</legend>
          {Object.entries(REPORT_REASONS).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="reason" value={value} required /> {label}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn">
          أرسل البلاغ
        </button>
      </form>
    </details>
  );
}
