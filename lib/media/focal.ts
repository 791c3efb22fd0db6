// Focal-point crops (decision 185). Pure and browser-safe: the media route cuts with it,
// the editor's preview draws the same frames, the unit tests check the arithmetic.

/** Cropped renditions: cards (16:9), thumbnails (1:1) and the OpenGraph picture (1200×630). */
export const CROPS = {
  "16x9": { aspect: 16 / 9, label: "بطاقة 16:9" },
  "1x1": { aspect: 1, label: "مصغّرة مربعة" },
  og: { aspect: 1200 / 630, label: "مشاركة 1200×630", width: 1200, height: 630 },
} as const;
export type CropKind = keyof typeof CROPS;
export const isCropKind = (s: string | null): s is CropKind => s != null && Object.hasOwn(CROPS, s);

export type Focus = { focalX: number; focalY: number };
export const CENTRE: Focus = { focalX: 0.5, focalY: 0.5 };

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** A focal point as whole percents (0–100): the precision the editor offers and URLs carry. */
export const percent = (f: number) => clamp(Math.round(f * 100), 0, 100);

/** "50-30": the focal point in a crop's URL, so a moved point is a new address (no stale copy anywhere). */
export const focusToken = (f: Focus) => `${percent(f.focalX)}-${percent(f.focalY)}`;

/**
 * The largest rectangle of `aspect` inside a width×height picture, centred on the focal point
 * and pushed back inside the edges: the point is always in the frame, and in its middle
 * whenever the picture leaves room.
 */
export function focalCrop(width: number, height: number, aspect: number, focus: Focus) {
  let w = width;
  let h = Math.round(width / aspect);
  if (h > height) {
    h = height;
    w = Math.min(width, Math.round(height * aspect));
  }
  const fx = clamp(focus.focalX, 0, 1) * width;
  const fy = clamp(focus.focalY, 0, 1) * height;
  const left = clamp(Math.round(fx - w / 2), 0, width - w);
  const top = clamp(Math.round(fy - h / 2), 0, height - h);
  return { left, top, width: w, height: h };
}

/** The width and height of an image's crop (next/image's intrinsic size, so the page does not shift). */
export function cropSize(image: { width: number; height: number } & Focus, kind: CropKind): { width: number; height: number } {
  const c = focalCrop(image.width, image.height, CROPS[kind].aspect, image);
  return { width: c.width, height: c.height };
}
