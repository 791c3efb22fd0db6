import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const FORMATS: Record<string, { ext: string; mime: string }> = {
  jpeg: { ext: "jpg", mime: "image/jpeg" },
  png: { ext: "png", mime: "image/png" },
  webp: { ext: "webp", mime: "image/webp" },
};
const VARIANT_WIDTHS = [480, 960, 1600];

export class UploadError extends Error {}

/** Store an uploaded image (checked by its content, not its name) with resized variants. */
export async function storeImage(bytes: Buffer, userId: string | null) {
  if (bytes.length > MAX_UPLOAD_BYTES) throw new UploadError("الصورة أكبر من 10 ميغابايت.");
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    throw new UploadError("الملف ليس صورة. الأنواع المقبولة: JPEG وPNG وWebP.");
  }
  const fmt = meta.format ? FORMATS[meta.format] : undefined;
  if (!fmt || !meta.width || !meta.height) throw new UploadError("نوع الصورة غير مقبول. الأنواع المقبولة: JPEG وPNG وWebP.");
  const now = new Date();
  const dir = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const name = crypto.randomBytes(8).toString("hex");
  const root = path.resolve(env.MEDIA_DIR);
  await fs.mkdir(path.join(root, dir), { recursive: true });
  const original = `${dir}/${name}.${fmt.ext}`;
  await fs.writeFile(path.join(root, original), bytes);
  const variants: { width: number; path: string }[] = [];
  for (const w of VARIANT_WIDTHS.filter((w) => w < meta.width!)) {
    const p = `${dir}/${name}-${w}.webp`;
    await sharp(bytes).rotate().resize({ width: w }).webp({ quality: 80 }).toFile(path.join(root, p));
    variants.push({ width: w, path: p });
  }
  return db.media.create({
    data: { path: original, mime: fmt.mime, width: meta.width, height: meta.height, bytes: bytes.length, variants: JSON.stringify(variants), createdById: userId },
    select: { id: true, path: true, width: true, height: true },
  });
}
