import { focusToken, type CropKind, type Focus } from "./focal";

/** Public URL of a stored media file (served by app/media/[...path]/route.ts). */
export function mediaUrl(path: string): string {
  return `/media/${path.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * A crop of a stored image around its focal point (decision 185): `?crop=16x9&fp=50-30`. The
 * point is part of the address, so moving it gives every page a new URL and no cache anywhere
 * keeps the old frame; next/image's loader adds `&w=`.
 */
export function cropUrl(path: string, kind: CropKind, focus: Focus): string {
  return `${mediaUrl(path)}?crop=${kind}&fp=${focusToken(focus)}`;
}
