import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { mediaSearchText } from "./search-text";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Larger images would cost seconds of CPU and hundreds of MB to decode at every resize. */
export const MAX_UPLOAD_PIXELS = 40_000_000;
const FORMATS: Record<string, { ext: string; mime: string }> = {
  jpeg: { ext: "jpg", mime: "image/jpeg" },
  png: { ext: "png", mime: "image/png" },
  webp: { ext: "webp", mime: "image/webp" },
};

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: 413 | 415,
    readonly code: "too_large" | "too_many_pixels" | "unsupported",
  ) {
    super(message);
  }
}

const TOO_LARGE = "الصورة أكبر من 10 ميغابايت.";

/** Checks an upload by its content (not its name or declared type) without decoding its pixels. */
async function inspect(bytes: Buffer) {
  if (bytes.length > MAX_UPLOAD_BYTES) throw new UploadError(TOO_LARGE, 413, "too_large");
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    throw new UploadError("الملف ليس صورة. الأنواع المقبولة: JPEG وPNG وWebP.", 415, "unsupported");
  }
  const fmt = meta.format ? FORMATS[meta.format] : undefined;
  if (!fmt || !meta.width || !meta.height) throw new UploadError("نوع الصورة غير مقبول. الأنواع المقبولة: JPEG وPNG وWebP.", 415, "unsupported");
  const pixels = meta.width * meta.height;
  if (pixels > MAX_UPLOAD_PIXELS) {
    const mp = Math.round(pixels / 1_000_000).toLocaleString("ar");
    throw new UploadError(
      `أبعاد الصورة كبيرة جداً (${meta.width}×${meta.height}، نحو ${mp} ميغابكسل). الحد الأقصى 40 ميغابكسل؛ صغّر الصورة ثم ارفعها من جديد.`,
      413,
      "too_many_pixels",
    );
  }
  return { format: meta.format as keyof typeof FORMATS, fmt };
}

/**
 * The stored original: turned upright by its EXIF orientation, then re-encoded without any
 * metadata (EXIF, GPS, XMP, IPTC, comments), so a photographer's location or camera never
 * reaches readers. Only the colour profile is kept, so colours stay as shot.
 */
async function cleanOriginal(bytes: Buffer, format: string) {
  const img = sharp(bytes, { limitInputPixels: MAX_UPLOAD_PIXELS }).rotate().keepIccProfile();
  const encoded =
    format === "jpeg" ? img.jpeg({ quality: 90 }) : format === "png" ? img.png({ compressionLevel: 9 }) : img.webp({ quality: 90 });
  return encoded.toBuffer({ resolveWithObject: true });
}

export type StoredImage = { id: number; path: string; width: number; height: number; reused: boolean };

const STORED = { id: true, path: true, width: true, height: true } as const;

/**
 * Store an uploaded image. Resized copies are made on demand (lib/media/renditions.ts).
 * The same bytes uploaded again are not stored twice: the row whose SHA-256 matches is
 * returned with `reused` (decision 186), its caption, credit and focal point intact.
 */
export async function storeImage(bytes: Buffer, userId: string | null, originalName: string | null = null): Promise<StoredImage> {
  const contentHash = crypto.createHash("sha256").update(bytes).digest("hex");
  const known = await db.media.findUnique({ where: { contentHash }, select: STORED });
  if (known) return { ...known, reused: true };
  const { format, fmt } = await inspect(bytes);
  const { data, info } = await cleanOriginal(bytes, format);
  if (data.length > MAX_UPLOAD_BYTES) throw new UploadError(TOO_LARGE, 413, "too_large");
  const now = new Date();
  const dir = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const name = crypto.randomBytes(8).toString("hex");
  const root = path.resolve(env.MEDIA_DIR);
  await fs.mkdir(path.join(root, dir), { recursive: true });
  const original = `${dir}/${name}.${fmt.ext}`;
  await fs.writeFile(path.join(root, original), data);
  const fileName = cleanName(originalName);
  try {
    const m = await db.media.create({
      data: { path: original, mime: fmt.mime, width: info.width, height: info.height, bytes: data.length, createdById: userId, contentHash, originalName: fileName, searchText: mediaSearchText({ originalName: fileName }) },
      select: STORED,
    });
    return { ...m, reused: false };
  } catch (e) {
    // Two uploads of one file at once: the other won the unique hash; keep its row, drop our file.
    await fs.unlink(path.join(root, original)).catch(() => {});
    const winner = await db.media.findUnique({ where: { contentHash }, select: STORED });
    if (winner) return { ...winner, reused: true };
    throw e;
  }
}

/** The name as the uploader's computer had it, without any folder, trimmed to a sane length. */
function cleanName(name: string | null): string | null {
  const base = name?.split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return base ? base : null;
}
