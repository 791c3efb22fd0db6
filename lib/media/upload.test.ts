import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

const tmp = createTempDatabase();
let upload: typeof import("./upload");
const USER = "upload-test-user";

beforeAll(async () => {
  tmp.raw.prepare(`INSERT INTO User (id, email, name, passwordHash, role, updatedAt) VALUES (?, 'u@x.local', 'u', 'x', 'editor', ?)`).run(USER, new Date().toISOString());
  upload = await import("./upload");
});
afterAll(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

const mediaFiles = () => (fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!, { recursive: true }).filter((f) => /\.\w+$/.test(String(f))) : []);
const mediaRows = () => (tmp.raw.prepare(`SELECT COUNT(*) AS n FROM Media`).get() as { n: number }).n;

/** A photo as a phone would send it: landscape pixels, "rotate 90°" in EXIF, camera and GPS tags. */
function phonePhoto() {
  return sharp({ create: { width: 64, height: 32, channels: 3, background: "#c33" } })
    .withExif({
      IFD0: { Make: "TestCam", Model: "Pocket 9" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "33/1 18/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "44/1 22/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

describe("storeImage", () => {
  it("stores the original upright with no EXIF or GPS left in it", async () => {
    const input = await phonePhoto();
    const before = await sharp(input).metadata();
    expect(before.exif?.includes(Buffer.from("TestCam"))).toBe(true);
    expect(before.exif?.toString("latin1")).toContain("N\0");
    expect(before.orientation).toBe(6);

    const m = await upload.storeImage(input, USER);
    const stored = fs.readFileSync(path.join(process.env.MEDIA_DIR!, m.path));
    const after = await sharp(stored).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.orientation ?? 1).toBe(1);
    expect(stored.includes(Buffer.from("TestCam"))).toBe(false);
    // Turned by its orientation: the reader sees it as the phone showed it.
    expect([after.width, after.height]).toEqual([32, 64]);
    expect([m.width, m.height]).toEqual([32, 64]);
  });

  it("refuses an image over 40 megapixels with an Arabic message, storing nothing", async () => {
    const huge = await sharp({ create: { width: 16000, height: 16000, channels: 3, background: "#fff" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(huge.length).toBeLessThan(upload.MAX_UPLOAD_BYTES);
    const files = mediaFiles().length;
    const rows = mediaRows();
    const err = await upload.storeImage(huge, USER).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(upload.UploadError);
    expect((err as InstanceType<typeof upload.UploadError>).status).toBe(413);
    expect((err as Error).message).toContain("40 ميغابكسل");
    expect(mediaFiles().length).toBe(files);
    expect(mediaRows()).toBe(rows);
  }, 120_000);

  it("accepts an image of exactly 40 megapixels", async () => {
    const big = await sharp({ create: { width: 8000, height: 5000, channels: 3, background: "#08f" } }).jpeg().toBuffer();
    const m = await upload.storeImage(big, USER);
    expect([m.width, m.height]).toEqual([8000, 5000]);
  }, 60_000);

  it("refuses a file that is not an image", async () => {
    const err = await upload.storeImage(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), USER).then(() => null, (e: unknown) => e);
    expect((err as InstanceType<typeof upload.UploadError>).status).toBe(415);
  });
});
