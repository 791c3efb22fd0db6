"use client";

import { useState } from "react";

/** Featured image upload: JPEG, PNG or WebP up to 10 MB (the server checks again). */
export function ImageField({ imageUrl, onUploaded, onRemove, label = "الصورة الرئيسية", id = "f-image" }: { imageUrl: string | null; onUploaded: (m: { id: number; url: string }) => void; onRemove: () => void; label?: string; id?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function upload(file: File) {
    setBusy(true);
    setError(null);
    const body = new FormData();
    body.set("file", file);
    const res = await fetch("/api/admin/media", { method: "POST", body }).catch(() => null);
    const json = (await res?.json().catch(() => null)) as { ok?: boolean; id?: number; url?: string; message?: string } | null;
    setBusy(false);
    if (res?.ok && json?.id && json.url) onUploaded({ id: json.id, url: json.url });
    else setError(json?.message ?? "تعذر رفع الصورة.");
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {imageUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- a thumbnail of the just-uploaded file
        <img src={imageUrl} alt="" style={{ inlineSize: "100%", blockSize: "auto" }} />
      )}
      <input id={id} type="file" accept="image/jpeg,image/png,image/webp" disabled={busy} onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
      {imageUrl && (
        <button type="button" className="secondary" onClick={onRemove}>
          إزالة الصورة
        </button>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
