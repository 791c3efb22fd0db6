import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

/** The export's wp-content/uploads folder: the originals it names (missing.jpg is missing on purpose). */
export async function makeFixtureUploads(dir: string): Promise<void> {
  await fs.mkdir(path.join(dir, "2024/08"), { recursive: true });
  const photo = sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 90, b: 140 } } }).jpeg({ quality: 70 });
  await photo.toFile(path.join(dir, "2024/08/parliament.jpg"));
  // WordPress's own resized copy: never imported, the original is.
  await sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 0, g: 0, b: 0 } } }).jpeg().toFile(path.join(dir, "2024/08/parliament-300x200.jpg"));
}
