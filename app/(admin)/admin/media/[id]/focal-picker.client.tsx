"use client";

import { startTransition, useActionState, useState } from "react";
import type { ActionState } from "@/lib/auth/action";
import { CROPS, focalCrop, type CropKind } from "@/lib/media/focal";

/**
 * The focal point: click (or tap) the picture, or type the two percentages — the keyboard
 * way, and the only one without JavaScript. The frames beside it are the crops readers will
 * get (cards, thumbnails, the share picture), computed with the server's own arithmetic.
 */
export function FocalPicker({
  id,
  src,
  width,
  height,
  x: savedX,
  y: savedY,
  action,
}: {
  id: number;
  src: string;
  width: number;
  height: number;
  x: number;
  y: number;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const [x, setX] = useState(savedX);
  const [y, setY] = useState(savedY);
  const clampPct = (n: number) => Math.min(100, Math.max(0, Math.round(n)));
  const pick = (e: React.MouseEvent<HTMLImageElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    setX(clampPct(((e.clientX - r.left) / r.width) * 100));
    setY(clampPct(((e.clientY - r.top) / r.height) * 100));
  };
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  };
  const error = state && !state.ok ? state : null;
  return (
    <form action={dispatch} onSubmit={onSubmit} className="focal-picker" aria-label="النقطة المحورية">
      <input type="hidden" name="id" value={id} />
      <p className="hint" id="focal-help">
        انقر على أهم ما في الصورة (وجه، حدث) لتبقيه كل القصّات ظاهراً، أو اكتب موضعه بالنسب المئوية.
      </p>
      <div className="focal-stage">
        {/* eslint-disable-next-line @next/next/no-img-element -- the picture itself, clicked at its displayed size */}
        <img src={`${src}?w=828`} alt="" onClick={pick} width={width} height={height} />
        {/* Physical left/top on purpose: a picture is not mirrored in right-to-left pages. */}
        <span className="focal-dot" style={{ left: `${x}%`, top: `${y}%` }} aria-hidden="true" />
      </div>
      <div className="filters">
        <label className="field">
          <span>أفقياً (٪ من اليسار)</span>
          <input name="x" type="number" min={0} max={100} step={1} dir="ltr" value={x} onChange={(e) => setX(clampPct(Number(e.target.value)))} aria-describedby="focal-help" />
        </label>
        <label className="field">
          <span>عمودياً (٪ من الأعلى)</span>
          <input name="y" type="number" min={0} max={100} step={1} dir="ltr" value={y} onChange={(e) => setY(clampPct(Number(e.target.value)))} aria-describedby="focal-help" />
        </label>
        <button type="submit" disabled={pending}>
          حفظ النقطة المحورية
        </button>
      </div>
      {state && (
        <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
          {state.message}
          {error?.errors && ` ${Object.values(error.errors).join(" ")}`}
        </p>
      )}
      <div className="focal-previews" role="group" aria-label="معاينة القصّات">
        {(Object.keys(CROPS) as CropKind[]).map((k) => (
          <CropPreview key={k} kind={k} src={src} width={width} height={height} x={x} y={y} />
        ))}
      </div>
    </form>
  );
}

function CropPreview({ kind, src, width, height, x, y }: { kind: CropKind; src: string; width: number; height: number; x: number; y: number }) {
  const c = focalCrop(width, height, CROPS[kind].aspect, { focalX: x / 100, focalY: y / 100 });
  // The whole picture scaled so the crop fills the frame, shifted by the crop's corner.
  return (
    <figure className="focal-preview">
      <div style={{ aspectRatio: `${c.width} / ${c.height}`, overflow: "hidden", position: "relative" }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the crop, not a reader's picture */}
        <img
          src={`${src}?w=480`}
          alt=""
          style={{ position: "absolute", maxInlineSize: "none", inlineSize: `${(width / c.width) * 100}%`, top: `${(-c.top / c.height) * 100}%`, left: `${(-c.left / c.width) * 100}%` }}
        />
      </div>
      <figcaption className="hint">{CROPS[kind].label}</figcaption>
    </figure>
  );
}
