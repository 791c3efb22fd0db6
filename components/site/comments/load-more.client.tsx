"use client";

import { useState } from "react";
import type { PublicThread } from "@/lib/comments/queries";
import { commentsPagePath } from "@/lib/comments/urls";
import { CommentThread } from "./comment-thread";

/** "المزيد من التعليقات": a link to the next page without JavaScript, appended in place with it. */
export function LoadMore({ articleId, nextCursor, open }: { articleId: number; nextCursor: string; open: boolean }) {
  const [threads, setThreads] = useState<PublicThread[]>([]);
  const [cursor, setCursor] = useState<string | null>(nextCursor);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function more(e: React.MouseEvent) {
    e.preventDefault();
    if (!cursor || busy) return;
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/articles/${articleId}/comments?cursor=${encodeURIComponent(cursor)}`, { headers: { Accept: "application/json" } });
      if (!res.ok) throw new Error(String(res.status));
      const data = (await res.json()) as { items: PublicThread[]; nextCursor: string | null };
      setThreads((t) => [...t, ...data.items.filter((i) => !t.some((x) => x.id === i.id))]);
      setCursor(data.nextCursor);
    } catch {
      setError("تعذّر تحميل المزيد من التعليقات.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {threads.map((t) => (
        <CommentThread key={t.id} thread={t} articleId={articleId} open={open} />
      ))}
      {cursor && (
        <a className="btn load-more" href={commentsPagePath(articleId, cursor)} onClick={more} aria-busy={busy}>
          {busy ? "جارٍ التحميل…" : "المزيد من التعليقات"}
        </a>
      )}
      {error && <p className="field-error">{error}</p>}
    </>
  );
}
