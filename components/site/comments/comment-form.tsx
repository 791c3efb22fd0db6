import { remainingText } from "@/lib/comments/length";

type Props = {
  articleId: number;
  parentId?: number;
  /** Values and errors carried back by a refused no-JS post. */
  initial?: { name?: string; body?: string; message?: string; fields?: Record<string, string> };
  /** Told apart from another form for the same thread on one page (the refused reply's copy). */
  variant?: string;
};

/**
 * "انضم الى المحادثة": a plain form that posts to the route handler, which redirects back with
 * the result. /reader.js (./enhance.ts) improves it when JavaScript runs: the live counter,
 * field errors before sending, and a post with fetch that keeps the reader in place.
 * Server-rendered only (decision 110): readers' pages ship no React to the browser.
 */
export function CommentForm({ articleId, parentId, initial, variant }: Props) {
  const uid = `cf-${articleId}-${parentId ?? "new"}${variant ? `-${variant}` : ""}`;
  const fields = initial?.fields ?? {};
  const err = (f: string) =>
    fields[f] ? (
      <span className="field-error" id={`${uid}-${f}-error`} data-field={f}>
        {fields[f]}
      </span>
    ) : null;

  return (
    <form
      className="comment-form"
      method="post"
      action={`/api/articles/${articleId}/comments`}
      noValidate
      aria-label={parentId ? "رد على التعليق" : "انضم الى المحادثة"}
      data-uid={uid}
    >
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <div className="field">
        <label htmlFor={`${uid}-name`}>الاسم</label>
        <input
          id={`${uid}-name`}
          name="name"
          autoComplete="nickname"
          required
          defaultValue={initial?.name ?? ""}
          aria-invalid={fields.name ? true : undefined}
          aria-describedby={fields.name ? `${uid}-name-error` : undefined}
        />
        {err("name")}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-body`}>{parentId ? "الرد" : "التعليق"}</label>
        <textarea
          id={`${uid}-body`}
          name="body"
          rows={parentId ? 3 : 5}
          required
          defaultValue={initial?.body ?? ""}
          aria-invalid={fields.body ? true : undefined}
          aria-describedby={`${uid}-counter${fields.body ? ` ${uid}-body-error` : ""}`}
        />
        <span className="comment-counter" id={`${uid}-counter`} aria-live="polite">
          {remainingText(initial?.body ?? "")}
        </span>
        {err("body")}
        {err("parentId")}
      </div>
      {/* Honeypot: invisible to people and skipped by keyboards; bots fill it. */}
      <div className="comment-hp" aria-hidden="true">
        <label>
          موقعك الإلكتروني
          <input name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <button type="submit" className="btn" data-label={parentId ? "أرسل الرد" : "أرسل التعليق"}>
        {parentId ? "أرسل الرد" : "أرسل التعليق"}
      </button>
      {initial?.message && (
        <p className="notice error" role="alert">
          {initial.message}
        </p>
      )}
    </form>
  );
}
