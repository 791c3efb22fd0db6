import { env } from "@/lib/env";
import { creditLine } from "@/lib/media/credit";
import { mediaUrl } from "@/lib/media/url";
import { RENDITION_WIDTHS } from "@/lib/media/widths";

// Rendition URLs of our own images: the media route resizes an upload to any width of
// RENDITION_WIDTHS (lib/media/widths.ts) on first request, in the format the client accepts.
// Absolute, on SITE_URL, so an app can load them as they are.

export type Rendition = { width: number; url: string };

/** An absolute URL on SITE_URL for a path of ours; an outside URL as it is. */
export const absolute = (path: string) => (/^https?:\/\//i.test(path) ? path : new URL(path, `${env.SITE_URL}/`).toString());

/** Renditions of a /media/… source (none for an outside image: we cannot resize it). */
export function renditions(src: string, originalWidth?: number | null): Rendition[] {
  if (!src.startsWith("/media/")) return [];
  const widths = RENDITION_WIDTHS.filter((w) => !originalWidth || w <= originalWidth);
  return widths.map((w) => ({ width: w, url: absolute(`${src}?w=${w}`) }));
}

/**
 * The featured picture. `credit` is the photographer or agency as the library holds it,
 * `credit_text` the line readers see under the picture (lib/media/credit.ts, decision 187).
 */
export function featuredImage(image: { path: string; width: number; height: number; alt: string; credit?: string | null } | null, caption: string | null = null) {
  if (!image) return null;
  const src = mediaUrl(image.path);
  const credit = image.credit?.trim() || null;
  return { url: absolute(src), width: image.width, height: image.height, alt: image.alt, caption, credit, credit_text: creditLine(credit), renditions: renditions(src, image.width) };
}
