// The widths images are offered at (next/image builds every srcset from these lists, and
// app/media answers no other width, so a client cannot ask for endless distinct sizes).
// Shared by next.config.ts, the loader and the media route; imported by browser code too.
export const DEVICE_SIZES = [360, 480, 640, 828, 1080, 1280];
export const IMAGE_SIZES = [96, 160, 240, 320];
export const RENDITION_WIDTHS: readonly number[] = [...IMAGE_SIZES, ...DEVICE_SIZES].sort((a, b) => a - b);
