"use client";

import { useState } from "react";
import { MediaPicker } from "./media-picker.client";

export type ChosenImage = { id: number; url: string; alt?: string | null; caption?: string | null };

/**
 * Featured image upload: JPEG, PNG or WebP up to 10 MB (the server checks again). The browser's
 * own file button speaks the browser's language («Choose File»); ours is a label styled as a
 * button over a visually hidden input, which stays the focusable, keyboard-operable control.
 */
export function ImageField({
  imageUrl,
  onUploaded,
  onRemove,
  label = "الصورة الرئيسية",
  id = "f-image",
  library = true,
}: {
  imageUrl: string | null;
  onUploaded: (m: ChosenImage) => void;
  onRemove: () => void;
  label?: string;
  id?: string;
  /** Offer «اختر من المكتبة» beside the upload (the site logo does not). */
  library?: boolean;
}) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  async function upload(file: File) {
    setBusy(true);
    setError(null);
    setNotice(null);
    setFileName(file.name);
    const body = new FormData();
    body.set("file", file);
    const res = await fetch("/api/admin/media", { method: "POST", body }).catch(() => null);
    const json = (await res?.json().catch(() => null)) as { ok?: boolean; id?: number; url?: string; message?: string; reused?: boolean } | null;
    setBusy(false);
    if (res?.ok && json?.id && json.url) {
      onUploaded({ id: json.id, url: json.url });
      // The same file was in the library already (decision 186): say so, the person may have expected a copy.
      if (json.reused) setNotice(json.message ?? "هذه الصورة مرفوعة من قبل، فاستُعملت النسخة المحفوظة.");
    } else setError(json?.message ?? "تعذر رفع الصورة.");
  }
  return (
    <div className="field">
      <span id={`${id}-label`}>{label}</span>
      {imageUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- a thumbnail of the just-uploaded file
        <img src={imageUrl} alt="" style={{ inlineSize: "100%", blockSize: "auto" }} />
      )}
      <div className="file-picker">
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          disabled={busy}
          aria-labelledby={`${id}-label ${id}-button`}
          aria-describedby={`${id}-name`}
          onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
        />
        <label htmlFor={id} id={`${id}-button`} className="file-button" aria-hidden="true">
          {imageUrl ? "استبدال الصورة…" : "اختر صورة…"}
        </label>
        <span className="hint" id={`${id}-name`}>
          {busy ? `جارٍ رفع ${fileName}…` : fileName ? `الملف المختار: ${fileName}` : "لم يُختر ملف (JPEG أو PNG أو WebP، حتى 10 ميغابايت)"}
        </span>
      </div>
      {library && (
        <MediaPicker
          // Not «اختر ${label}…»: a dialog named after the field would answer to the field's label too.
          title="اختر من مكتبة الوسائط"
          onChoose={(m) => {
            setError(null);
            setNotice(null);
            setFileName(null);
            onUploaded({ id: m.id, url: m.url, alt: m.alt, caption: m.caption });
          }}
        />
      )}
      {notice && (
        <span className="notice" role="status">
          {notice}
        </span>
      )}
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
