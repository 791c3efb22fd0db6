// npm run bench:image-formats: bytes and CPU of one resized copy in each format the media route
// sends (decision 188): AVIF (quality 55, effort 2), WebP (75) and JPEG (mozjpeg 75), at three
// widths, from one 6000×4000 photo-like JPEG, with the settings of lib/media/renditions.ts (one
// libvips thread). No server: the encodes themselves, each run BENCH_FORMAT_RUNS times (default 3),
// CPU time from process.cpuUsage (user + system), the median printed.
import sharp from "sharp";

const RUNS = Number(process.env.BENCH_FORMAT_RUNS ?? 3);
sharp.concurrency(1);
sharp.cache(false);

// Two sources: "busy" is the noise of scripts/bench-images.mjs scaled up (detail everywhere: the
// worst case for every codec); "photo" has large smooth areas (sky, walls) with fine grain on top,
// closer to a news photograph.
const noise = (w, h) => {
  const b = Buffer.alloc(w * h * 3);
  for (let i = 0; i < b.length; i++) b[i] = (Math.sin(i * 12.9898) * 43758.5453 * 255) & 255;
  return sharp(b, { raw: { width: w, height: h, channels: 3 } });
};
const busy = await noise(600, 400).resize(6000, 4000, { kernel: "cubic" }).jpeg({ quality: 88 }).toBuffer();
const grain = await noise(1500, 1000).resize(6000, 4000, { kernel: "nearest" }).png().toBuffer();
const photo = await noise(24, 16)
  .resize(6000, 4000, { kernel: "cubic" })
  .composite([{ input: grain, blend: "soft-light" }])
  .jpeg({ quality: 88 })
  .toBuffer();

const encoders = {
  avif: (img) => img.avif({ quality: 55, effort: 2 }),
  webp: (img) => img.webp({ quality: 75 }),
  jpeg: (img) => img.jpeg({ quality: 75, mozjpeg: true }),
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** PSNR (dB) of an encoded copy against the same resize kept lossless: higher is closer. */
async function psnr(encoded, reference) {
  const a = await sharp(encoded).removeAlpha().raw().toBuffer();
  let se = 0;
  for (let i = 0; i < a.length; i++) se += (a[i] - reference[i]) ** 2;
  return 10 * Math.log10((255 * 255) / (se / a.length));
}

for (const [label, source] of Object.entries({ photo, busy })) {
console.log(`• ${label}: 6000×4000 source, ${(source.length / 1e6).toFixed(1)} MB; ${RUNS} runs each, median`);
console.log("width  format  bytes      CPU ms  PSNR dB");
for (const width of [320, 640, 1280]) {
  const reference = await sharp(source).resize({ width }).removeAlpha().raw().toBuffer();
  for (const [name, enc] of Object.entries(encoders)) {
    const cpu = [];
    let out = Buffer.alloc(0);
    for (let r = 0; r < RUNS; r++) {
      const t = process.cpuUsage();
      out = await enc(sharp(source).resize({ width })).toBuffer();
      const d = process.cpuUsage(t);
      cpu.push((d.user + d.system) / 1000);
    }
    console.log(`${String(width).padEnd(6)} ${name.padEnd(7)} ${String(out.length).padEnd(10)} ${median(cpu).toFixed(0).padEnd(7)} ${(await psnr(out, reference)).toFixed(1)}`);
  }
}
}
