"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition } from "react";
import { remainingText } from "@/lib/comments/length";
import { checkCommentFields } from "@/lib/comments/rules";
import { RESULT_MESSAGES } from "@/lib/comments/errors";
import type { PublicComment } from "@/lib/comments/queries";
import { CommentText } from "./comment-text";

type Props = {
  articleId: number;
  parentId?: number;
  /** Values and errors carried back by a refused no-JS post. */
  initial?: { name?: string; body?: string; message?: string; fields?: Record<string, string> };
};

/**
 * "انضم الى المحادثة": posts JSON with fetch when JavaScript runs; without it the same form
 * posts to the route handler, which redirects back with the result.
 */
export function CommentForm({ articleId, parentId, initial }: Props) {
  const uid = useId();
  const [name, setName] = useState(initial?.name ?? "");
  const [body, setBody] = useState(initial?.body ?? "");
  const [fields, setFields] = useState<Record<string, string>>(initial?.fields ?? {});
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string } | null>(
    initial?.message ? { kind: "error", text: initial.message } : null,
  );
  const [posted, setPosted] = useState<PublicComment[]>([]);
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const action = `/api/articles/${articleId}/comments`;

  // A published comment comes back in the server-rendered list after the refresh; the local
  // copy stays only when the list does not show it (e.g. it lands beyond the first page).
  useEffect(() => {
    // Syncing with the DOM the refresh produced (an external system to React state here).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!refreshing) setPosted((p) => (p.some((c) => document.getElementById(`comment-${c.id}`)) ? p.filter((c) => !document.getElementById(`comment-${c.id}`)) : p));
  }, [refreshing]);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const form = new FormData(e.currentTarget);
    const input = { name, body, parentId: parentId ?? undefined, website: String(form.get("website") ?? "") };
    // The same rules the handler applies (lib/comments/rules.ts), without shipping zod.
    const local = checkCommentFields(input);
    if (Object.keys(local).length) {
      setFields(local);
      setMessage({ kind: "error", text: "راجع الحقول المشار إليها." });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(action, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(input) });
      const data = (await res.json().catch(() => ({}))) as {
        status?: "pending" | "approved";
        comment?: PublicComment | null;
        message?: string;
        fields?: Record<string, string>;
      };
      if (res.ok && data.status) {
        setFields({});
        setBody("");
        setMessage({ kind: "success", text: RESULT_MESSAGES[data.status] });
        if (data.comment) {
          setPosted((p) => [...p, data.comment!]);
          startRefresh(() => router.refresh());
        }
      } else {
        setFields(data.fields ?? {});
        setMessage({ kind: "error", text: data.message ?? "تعذّر إرسال التعليق. حاول مرة أخرى." });
      }
    } catch {
      setMessage({ kind: "error", text: "تعذّر الاتصال بالخادم. حاول مرة أخرى." });
    } finally {
      setBusy(false);
    }
  }

  const err = (f: string) =>
    fields[f] ? (
      <span className="field-error" id={`${uid}-${f}-error`}>
        {fields[f]}
      </span>
    ) : null;

  return (
    <form className="comment-form" method="post" action={action} onSubmit={onSubmit} noValidate aria-label={parentId ? "رد على التعليق" : "انضم الى المحادثة"}>
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <div className="field">
        <label htmlFor={`${uid}-name`}>الاسم</label>
        <input
          id={`${uid}-name`}
          name="name"
          autoComplete="nickname"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
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
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={fields.body ? true : undefined}
          aria-describedby={`${uid}-counter${fields.body ? ` ${uid}-body-error` : ""}`}
        />
        <span className="comment-counter" id={`${uid}-counter`} aria-live="polite">
          {remainingText(body)}
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
      <button type="submit" className="btn" disabled={busy}>
        {busy ? "جارٍ الإرسال…" : parentId ? "أرسل الرد" : "أرسل التعليق"}
      </button>
      {message && (
        <p className={`notice ${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      {posted.map((c) => (
        <article key={c.id} className="comment just-posted">
          <div className="comment-head">
            <strong>
              <bdi>{c.authorName}</bdi>
            </strong>
            <span>الآن</span>
          </div>
          <CommentText text={c.body} />
        </article>
      ))}
    </form>
  );
}
