"use client";

import { useEffect, useId, useRef, useState } from "react";

export type Picked = { id: number; title: string; section: string; publishedAt: string | null; hasImage: boolean };

/**
 * Finds a published piece by words of its title (normalised like the site search, through
 * /api/admin/front/pieces) and hands it to the slot. Shown only with JavaScript; without it
 * the slot's number field and the page's search (?q=) do the same job.
 */
export function PiecePicker({ label, sectionId, onPick }: { label: string; sectionId?: number; onPick: (p: Picked) => void }) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [results, setResults] = useState<Picked[] | null>(null);
  const [message, setMessage] = useState("");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  useEffect(() => {
    const words = q.trim();
    if (!open || words.length < 2) return;
    const ctl = new AbortController();
    const t = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q: words, ...(sectionId ? { section: String(sectionId) } : {}) });
        const res = await fetch(`/api/admin/front/pieces?${params}`, { signal: ctl.signal, headers: { accept: "application/json" } });
        const body = (await res.json()) as { ok: boolean; pieces?: Picked[]; message?: string };
        if (!body.ok) {
          setResults([]);
          setMessage(body.message ?? "تعذّر البحث.");
          return;
        }
        setResults(body.pieces ?? []);
        setMessage(body.pieces?.length ? `${body.pieces.length} من النتائج.` : "لا قطع منشورة بهذه الكلمات في عناوينها.");
      } catch (e) {
        if ((e as Error).name !== "AbortError") setMessage("تعذّر البحث، حاول مرة أخرى.");
      }
    }, 250);
    return () => {
      clearTimeout(t);
      ctl.abort();
    };
  }, [q, open, sectionId]);

  // Results of an earlier, longer query are not shown for one letter or none.
  const shown = q.trim().length >= 2 ? results : null;
  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)} aria-label={`اختر قطعة: ${label}`}>
        اختر…
      </button>
    );

  return (
    <div className="front-picker" role="group" aria-label={`البحث عن قطعة: ${label}`}>
      <label htmlFor={id} className="visually-hidden">
        كلمات من العنوان
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        value={q}
        placeholder="كلمات من العنوان أو رقم القطعة"
        autoComplete="off"
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") setOpen(false);
          if (e.key === "Enter") e.preventDefault(); // Enter must not post the whole arrangement
        }}
      />
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        إغلاق
      </button>
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
      {shown && shown.length > 0 && (
        <ul className="front-picker-results">
          {shown.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                onClick={() => {
                  onPick(p);
                  setOpen(false);
                  setQ("");
                }}
              >
                {p.title}
              </button>
              <small className="muted">
                {" "}
                {p.section} · رقم {p.id}
                {p.hasImage ? "" : " · بلا صورة"}
              </small>
            </li>
          ))}
        </ul>
      )}
      {shown && shown.length === 0 && <p className="hint">{message}</p>}
    </div>
  );
}
