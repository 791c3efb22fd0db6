"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { counted, IMAGES } from "@/lib/arabic/plural";

/** One library image as the picker returns it (app/api/admin/media/library). */
export type PickedMedia = { id: number; url: string; thumb: string; width: number; height: number; alt: string | null; caption: string | null; credit: string | null; name: string | null };

type Page = { items: PickedMedia[]; total: number; page: number; pages: number };

/**
 * «اختر من المكتبة»: a modal <dialog> (the browser keeps focus inside it and Escape closes it)
 * with the library's search and a grid of buttons, one per image — Tab moves between them,
 * the arrow keys too, Enter or Space chooses. Focus returns to the opening button on close.
 */
export function MediaPicker({ onChoose, label = "اختر من المكتبة", title = "اختر صورة من المكتبة" }: { onChoose: (m: PickedMedia) => void; label?: string; title?: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const grid = useRef<HTMLUListElement>(null);
  const ids = useId();
  const [q, setQ] = useState("");
  const [data, setData] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (query: string, page: number) => {
    setBusy(true);
    setError(null);
    const res = await fetch(`/api/admin/media/library?${new URLSearchParams({ q: query, page: String(page) })}`).catch(() => null);
    const json = (await res?.json().catch(() => null)) as (Page & { ok?: boolean; message?: string }) | null;
    setBusy(false);
    if (res?.ok && json?.items) setData(json);
    else setError(json?.message ?? "تعذّر تحميل المكتبة. حاول مرة أخرى.");
  }, []);

  useEffect(() => {
    const d = dialog.current;
    const reset = () => setData(null);
    d?.addEventListener("close", reset);
    return () => d?.removeEventListener("close", reset);
  }, []);

  const open = () => {
    dialog.current?.showModal();
    void load(q, 1);
  };
  const choose = (m: PickedMedia) => {
    dialog.current?.close();
    onChoose(m);
  };
  // Arrow keys move between tiles, in reading order (right to left).
  const onGridKey = (e: React.KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(grid.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const step = { ArrowLeft: 1, ArrowRight: -1, ArrowDown: 0, ArrowUp: 0, Home: -i, End: buttons.length - 1 - i }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    let next = i + step;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const cols = Math.max(1, Math.round((grid.current?.clientWidth ?? 1) / (buttons[0]?.getBoundingClientRect().width || 1)));
      next = i + (e.key === "ArrowDown" ? cols : -cols);
    }
    buttons[Math.min(buttons.length - 1, Math.max(0, next))]?.focus();
  };

  return (
    <>
      <button type="button" className="secondary" onClick={open}>
        {label}
      </button>
      <dialog ref={dialog} className="media-dialog" aria-labelledby={`${ids}-title`}>
        <div className="media-dialog-head">
          <h2 id={`${ids}-title`}>{title}</h2>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            إغلاق
          </button>
        </div>
        <div className="filters" role="search">
          <label className="field">
            <span>ابحث بالتعليق أو النص البديل أو المصدر أو اسم الملف</span>
            <input
              type="search"
              value={q}
              autoComplete="off"
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  void load(q, 1);
                }
              }}
            />
          </label>
          <button type="button" onClick={() => void load(q, 1)}>
            بحث
          </button>
        </div>
        <p role="status" className="hint">
          {busy ? "جارٍ التحميل…" : data ? (data.total ? `${counted(data.total, IMAGES)}. اختر واحدة بالنقر أو بمفتاح الإدخال.` : "لا صور تطابق البحث.") : ""}
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {data && data.items.length > 0 && (
          <ul className="media-grid" ref={grid} onKeyDown={onGridKey} aria-label="صور المكتبة">
            {data.items.map((m) => (
              <li key={m.id}>
                <button type="button" className="media-tile" onClick={() => choose(m)} aria-label={`اختر: ${m.caption || m.alt || m.name || `صورة ${m.id}`}`}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a 240 px square crop from the media route */}
                  <img src={m.thumb} alt="" width={240} height={240} loading="lazy" />
                  <span className="media-tile-text">
                    <span className="media-tile-title">{m.caption || m.alt || m.name || "صورة بلا تعليق"}</span>
                    <span className="hint">
                      <bdi dir="ltr">
                        {m.width}×{m.height}
                      </bdi>
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {data && data.pages > 1 && (
          <nav className="pager" aria-label="صفحات المكتبة">
            <button type="button" className="secondary" disabled={data.page <= 1 || busy} onClick={() => void load(q, data.page - 1)}>
              السابق
            </button>
            <span>
              صفحة {data.page} من {data.pages}
            </span>
            <button type="button" className="secondary" disabled={data.page >= data.pages || busy} onClick={() => void load(q, data.page + 1)}>
              التالي
            </button>
          </nav>
        )}
      </dialog>
    </>
  );
}
