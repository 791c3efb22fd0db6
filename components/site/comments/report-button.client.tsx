"use client";

import { useState } from "react";
import { REPORT_REASONS } from "@/lib/comments/rules";

/** "إبلاغ" with its reasons; a plain form post when JavaScript is off. */
export function ReportButton({ commentId }: { commentId: number }) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const reason = new FormData(e.currentTarget).get("reason");
    if (!reason) {
      setResult({ ok: false, text: "اختر سبب الإبلاغ." });
      return;
    }
    setBusy(true);
    try {
      const res = await fetch(`/api/comments/${commentId}/reports`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ reason }),
      });
      const data = (await res.json().catch(() => ({}))) as { message?: string };
      setResult(res.ok ? { ok: true, text: "شكراً لك. وصل بلاغك وسيراجعه المشرفون." } : { ok: false, text: data.message ?? "تعذّر إرسال البلاغ." });
    } catch {
      setResult({ ok: false, text: "تعذّر الاتصال بالخادم." });
    } finally {
      setBusy(false);
    }
  }

  if (result?.ok) return <p className="comment-report-done" role="status">{result.text}</p>;
  return (
    <details className="comment-report">
      <summary>إبلاغ</summary>
      <form method="post" action={`/api/comments/${commentId}/reports`} onSubmit={onSubmit}>
        <fieldset>
          <legend>سبب الإبلاغ</legend>
          {Object.entries(REPORT_REASONS).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="reason" value={value} required /> {label}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn" disabled={busy}>
          أرسل البلاغ
        </button>
        {result && !result.ok && (
          <p className="field-error" role="alert">
            {result.text}
          </p>
        )}
      </form>
    </details>
  );
}
