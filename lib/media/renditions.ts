import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { LRUCache } from "lru-cache";
import sharp from "sharp";
import { env } from "@/lib/env";
import { MAX_UPLOAD_PIXELS } from "@/lib/media/upload";

// Resized copies of uploads, made on first request and kept on disk (decision 097):
// - bounded: IMAGE_CACHE_MB in all, least recently read deleted first (an index in memory,
//   rebuilt from the folder at start, oldest files first);
// - encoded IMAGE_ENCODES at a time (default 1), each on one libvips thread, and each
//   distinct copy at most once at a time, so requests cannot keep every core busy;
// - keyed by the original's path, size and modification time, the width and the format:
//   a replaced original (a restore) never serves an old copy.

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

function encode(original: string, width: number, format: RenditionFormat): Promise<Buffer> {
  const img = sharp(original, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "none" }).rotate().resize({ width, withoutEnlargement: true });
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
export async function rendition(file: string, width: number, format: RenditionFormat): Promise<{ body: Buffer; hit: boolean }> {
  const st = await fs.stat(file);
  const key = crypto.createHash("sha256").update(`${VERSION}|${file}|${st.size}|${st.mtimeMs}|${width}|${format}`).digest("hex");
  const index = await getIndex();
  if (index.get(key) !== undefined) {
    const body = await fs.readFile(fileOf(key)).catch(() => null);
    if (body) return { body, hit: true };
    index.delete(key);
  }
  let job = state.inflight.get(key);
  if (!job) {
    job = withEncodeSlot(async () => {
      const body = await encode(file, width, format);
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
