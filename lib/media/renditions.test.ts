import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midad-renditions-"));
process.env.MEDIA_DIR = path.join(dir, "media");
process.env.IMAGE_CACHE_MB = "1";
let r: typeof import("./renditions");
const original = path.join(dir, "media", "noise.png");

beforeAll(async () => {
  fs.mkdirSync(path.dirname(original), { recursive: true });
  // Noise does not compress: every copy is large, so a 1 MB cache must evict.
  const raw = crypto.randomBytes(1400 * 900 * 3);
  await sharp(raw, { raw: { width: 1400, height: 900, channels: 3 } }).png().toFile(original);
  r = await import("./renditions");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const diskBytes = () =>
  fs.readdirSync(r.cacheDir(), { recursive: true }).reduce((n, f) => {
    const st = fs.statSync(path.join(r.cacheDir(), String(f)));
    return st.isFile() ? n + st.size : n;
  }, 0);

describe("resized copies on disk", () => {
  it("encodes a width once, then serves it from disk", async () => {
    const first = await r.rendition(original, 320, "webp");
    const second = await r.rendition(original, 320, "webp");
    expect([first.hit, second.hit]).toEqual([false, true]);
    expect(second.body.equals(first.body)).toBe(true);
    expect((await sharp(second.body).metadata()).width).toBe(320);
  });

  it("answers concurrent requests for one copy (one write, no clash)", async () => {
    const all = await Promise.all(Array.from({ length: 5 }, () => r.rendition(original, 240, "jpeg")));
    expect(all.every((x) => x.body.equals(all[0]!.body))).toBe(true);
    expect((await r.rendition(original, 240, "jpeg")).hit).toBe(true);
  });

  it("keeps the folder within IMAGE_CACHE_MB, dropping the least recently read", async () => {
    for (const w of [640, 828, 1080, 1280]) for (const f of ["webp", "jpeg", "png"] as const) await r.rendition(original, w, f);
    await new Promise((res) => setTimeout(res, 100)); // evicted files are unlinked asynchronously
    expect(await r.renditionCacheBytes()).toBeLessThanOrEqual(1024 * 1024);
    expect(diskBytes()).toBeLessThanOrEqual(1024 * 1024);
    expect(diskBytes()).toBeGreaterThan(0);
  }, 120_000);

  it("never enlarges a small original", async () => {
    const small = path.join(dir, "media", "small.jpg");
    await sharp({ create: { width: 200, height: 100, channels: 3, background: "#333" } }).jpeg().toFile(small);
    const { body } = await r.rendition(small, 1280, "webp");
    expect((await sharp(body).metadata()).width).toBe(200);
  });
});
