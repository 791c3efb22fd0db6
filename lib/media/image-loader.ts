import { RENDITION_WIDTHS } from "./widths";

// next/image's loader (next.config.ts `images.loaderFile`): our uploads are resized by the
// media route itself, cached on disk (lib/media/renditions.ts, decision 097); Next's own
// optimizer (/_next/image) is switched off by this loader and answers 404. A crop's address
// already has a query (lib/media/url.ts cropUrl), so the width joins it.
export default function mediaLoader({ src, width }: { src: string; width: number; quality?: number }): string {
  if (!src.startsWith("/media/")) return src;
  // next/image asks only for configured widths; snap anything else up to the next one.
  const w = RENDITION_WIDTHS.find((x) => x >= width) ?? RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1];
  return `${src}${src.includes("?") ? "&" : "?"}w=${w}`;
}
