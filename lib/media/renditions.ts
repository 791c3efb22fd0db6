import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { LRUCache } from "lru-cache";
import sharp from "sharp";
import { env } from "@/lib/env";
import { MAX_UPLOAD_PIXELS } from "@/lib/media/upload";
import { RENDITION_WIDTHS } from "@/lib/media/widths";
import { CROPS, focalCrop, focusToken, type CropKind, type Focus } from "./focal";

// Resized copies of uploads, made on first request and kept on disk (decision 097):
// - bounded: IMAGE_CACHE_MB in all, least recently read deleted first (an index in memory,
//   rebuilt from the folder at start, oldest files first);
// - encoded IMAGE_ENCODES at a time (default 1), each on one libvips thread, and each
//   distinct copy at most once at a time, so requests cannot keep every core busy;
// - keyed by the original's path, size and modification time, the width, the format and,
//   for crops, the crop and focal point: a replaced original (a restore) or a moved focal
//   point never serves an old copy.

export type RenditionFormat = "avif" | "webp" | "jpeg" | "png";
export const CONTENT_TYPES: Record<RenditionFormat, string> = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg", png: "image/png" };
const VERSION = "r1";

// One thread per encode: concurrency is decided by the queue below, not inside libvips.
sharp.concurrency(1);

// turbopackIgnore: a folder chosen at run time, not a build input to trace.
export const cacheDir = () =>
  path.resolve(/*turbopackIgnore: true*/ env.IMAGE_CACHE_DIR ?? path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR)), "image-cache"));

type State = { index: Promise<LRUCache<string, number>> | null; running: number; waiting: (() => void)[]; inflight: Map<string, Promise<Buffer>> };
const g = globalThis as unknown as { midadRenditions?: State };
const state: State = (g.midadRenditions ??= { index: null, running: 0, waiting: [], inflight: new Map() });

const fileOf = (key: string) => path.join(/*turbopackIgnore: true*/ cacheDir(), key.slice(0, 2), key);

async function loadIndex(): Promise<LRUCache<string, number>> {
  const index = new LRUCache<string, number>({
    maxSize: env.IMAGE_CACHE_MB * 1024 * 1024,
    sizeCalculation: (bytes) => Math.max(1, bytes),
    dispose: (_bytes, key, reason) => {
      if (reason === "evict") void fs.unlink(fileOf(key)).catch(() => {});
    },
  });
  const found: { key: string; bytes: number; used: number }[] = [];
  const root = cacheDir();
  for (const sub of await fs.readdir(/*turbopackIgnore: true*/ root).catch(() => [] as string[])) {
    for (const name of await fs.readdir(path.join(/*turbopackIgnore: true*/ root, sub)).catch(() => [] as string[])) {
      const st = await fs.stat(path.join(/*turbopackIgnore: true*/ root, sub, name)).catch(() => null);
      if (!st?.isFile()) continue;
      if (name.includes(".tmp")) void fs.unlink(path.join(root, sub, name)).catch(() => {});
      else found.push({ key: name, bytes: st.size, used: Math.max(st.atimeMs, st.mtimeMs) });
    }
  }
  for (const f of found.sort((a, b) => a.used - b.used)) index.set(f.key, f.bytes);
  return index;
}

const getIndex = () => (state.index ??= loadIndex());

async function withEncodeSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (state.running >= env.IMAGE_ENCODES) await new Promise<void>((resolve) => state.waiting.push(resolve));
  else state.running++;
  try {
    return await fn();
  } finally {
    const next = state.waiting.shift();
    if (next) next();
    else state.running--;
  }
}

/** A crop of the picture around its focal point (decision 185), before resizing. */
export type CropSpec = { kind: CropKind; focus: Focus };

async function encode(original: string, width: number, format: RenditionFormat, crop?: CropSpec): Promise<Buffer> {
  let img = sharp(original, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "none" }).rotate();
  if (crop) {
    // Uploads are stored upright; an older file may still carry an EXIF turn, which rotate() applies first.
    const meta = await sharp(original, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "none" }).metadata();
    const turned = (meta.orientation ?? 1) >= 5;
    const [w, h] = turned ? [meta.height!, meta.width!] : [meta.width!, meta.height!];
    img = img.extract(focalCrop(w, h, CROPS[crop.kind].aspect, crop.focus));
    const fixed = CROPS[crop.kind] as { width?: number; height?: number };
    // The OpenGraph picture has one exact size (small originals are enlarged to it); the others follow `width`.
    img = fixed.width ? img.resize({ width: fixed.width, height: fixed.height, fit: "fill" }) : img.resize({ width, withoutEnlargement: true });
  } else {
    img = img.resize({ width, withoutEnlargement: true });
  }
  if (format === "avif") return img.avif({ quality: 55, effort: 2 }).toBuffer();
  if (format === "webp") return img.webp({ quality: 75 }).toBuffer();
  if (format === "png") return img.png({ compressionLevel: 8 }).toBuffer();
  return img.jpeg({ quality: 75, mozjpeg: true }).toBuffer();
}

/** The format to send: AVIF or WebP when the browser says it takes them, else the original's kind. */
export function pickFormat(accept: string | null, originalExt: string): RenditionFormat {
  const a = accept ?? "";
  if (a.includes("image/avif")) return "avif";
  if (a.includes("image/webp")) return "webp";
  return originalExt === ".png" ? "png" : "jpeg";
}

/**
 * A resized copy of the original at `file` (an absolute path already checked to be inside
 * the media folder). `hit` says whether it came from the disk cache.
 */
export async function rendition(file: string, width: number, format: RenditionFormat, crop?: CropSpec): Promise<{ body: Buffer; hit: boolean }> {
  const st = await fs.stat(file);
  // A moved focal point is a new key: the old crop is never served again and ages out of the LRU.
  const cropKey = crop ? `|${crop.kind}|${focusToken(crop.focus)}` : "";
  const key = crypto.createHash("sha256").update(`${VERSION}|${file}|${st.size}|${st.mtimeMs}|${width}|${format}${cropKey}`).digest("hex");
  const index = await getIndex();
  if (index.get(key) !== undefined) {
    const body = await fs.readFile(fileOf(key)).catch(() => null);
    if (body) return { body, hit: true };
    index.delete(key);
  }
  let job = state.inflight.get(key);
  if (!job) {
    job = withEncodeSlot(async () => {
      const body = await encode(file, width, format, crop);
      // A copy larger than the whole cache is sent but not kept.
      if (body.length > index.maxSize) return body;
      const target = fileOf(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.tmp${process.pid}`;
      await fs.writeFile(tmp, body);
      await fs.rename(tmp, target);
      index.set(key, body.length);
      return body;
    }).finally(() => state.inflight.delete(key));
    state.inflight.set(key, job);
  }
  return { body: await job, hit: false };
}

/** Bytes the disk cache holds now (for tests and monitoring). */
export async function renditionCacheBytes(): Promise<number> {
  return (await getIndex()).calculatedSize;
}

export const OG_WIDTH = 1200;
const FORMATS: RenditionFormat[] = ["avif", "webp", "jpeg", "png"];

/**
 * Delete every copy made from `file` — all widths and formats, uncropped and cropped around
 * `focus` — while the original is still there (keys need its size and modification time).
 * Used when an image is deleted (with the focus it had) and when its focal point moves (with
 * the old one, `cropsOnly`): the copies are computed, not searched for.
 */
export async function forgetRenditions(file: string, focus: Focus, cropsOnly = false): Promise<number> {
  const st = await fs.stat(file).catch(() => null);
  if (!st) return 0;
  const index = await getIndex();
  const keys: string[] = [];
  const add = (width: number, format: RenditionFormat, cropKey: string) =>
    keys.push(crypto.createHash("sha256").update(`${VERSION}|${file}|${st.size}|${st.mtimeMs}|${width}|${format}${cropKey}`).digest("hex"));
  for (const format of FORMATS) {
    for (const w of RENDITION_WIDTHS) {
      if (!cropsOnly) add(w, format, "");
      for (const kind of ["16x9", "1x1"] as const) add(w, format, `|${kind}|${focusToken(focus)}`);
    }
    add(OG_WIDTH, format, `|og|${focusToken(focus)}`);
  }
  let removed = 0;
  for (const key of keys) {
    index.delete(key);
    if (await fs.unlink(fileOf(key)).then(() => true, () => false)) removed++;
  }
  return removed;
}
