// npm run bench:images: what resizing one large upload costs the server, cold and cached.
// Ten concurrent requests (every configured width, as a browser asks: AVIF accepted) for one
// 24-megapixel photo, repeated; prints wall time, the server's CPU time (user+system, from
// /proc) and how many answers came from the disk cache. Bounded: a few rounds, then it stops.
//   BENCH_IMAGES_ROUNDS (default 3)   BENCH_IMAGES_PORT (default 3301)
//   --next   ask Next's optimizer (/_next/image) instead, for a build where it is on.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { baseEnv, buildIfStale, prepareDatabase, start } from "./lib.mjs";

const ROUNDS = Number(process.env.BENCH_IMAGES_ROUNDS ?? 3);
const PORT = Number(process.env.BENCH_IMAGES_PORT ?? 3301);
const BASE = `http://127.0.0.1:${PORT}`;
const WIDTHS = [96, 160, 240, 320, 360, 480, 640, 828, 1080, 1280];
const viaNext = process.argv.includes("--next");
const DIR = path.resolve("data/bench-images");

prepareDatabase(baseEnv());
buildIfStale(baseEnv({ NODE_ENV: "production" }));
const env = baseEnv({
  NODE_ENV: "production",
  DATABASE_URL: `file:${path.join(DIR, "midad.db")}`,
  MEDIA_DIR: path.join(DIR, "media"),
  IMAGE_CACHE_DIR: path.join(DIR, "image-cache"),
  SITE_URL: BASE,
});
fs.mkdirSync(DIR, { recursive: true });
prepareDatabase(env, []);
// Cold start: no resized copies yet.
fs.rmSync(env.IMAGE_CACHE_DIR, { recursive: true, force: true });

// A 6000×4000 photo-like JPEG (smooth noise, ~10 MB would be the upload limit).
const photo = path.join(env.MEDIA_DIR, "bench", "large.jpg");
if (!fs.existsSync(photo)) {
  fs.mkdirSync(path.dirname(photo), { recursive: true });
  const seed = Buffer.alloc(600 * 400 * 3);
  for (let i = 0; i < seed.length; i++) seed[i] = (Math.sin(i * 12.9898) * 43758.5453 * 255) & 255;
  await sharp(seed, { raw: { width: 600, height: 400, channels: 3 } }).resize(6000, 4000, { kernel: "cubic" }).jpeg({ quality: 88 }).toFile(photo);
}
console.log(`• Photo: 6000×4000, ${(fs.statSync(photo).size / 1e6).toFixed(1)} MB; ${viaNext ? "/_next/image" : "/media/…?w="}; ${ROUNDS} rounds of ${WIDTHS.length} concurrent requests`);

const server = start(process.execPath, ["scripts/serve.mjs", "-p", String(PORT), "-H", "127.0.0.1"], { ...env, PAGE_CACHE: "on" });
process.on("exit", () => server.kill("SIGTERM"));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
for (let i = 0; ; i++) {
  if (await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false)) break;
  if (i > 240) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 250));
}

const TICK = 100; // USER_HZ on Linux
function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) / TICK; // utime + stime
}
const url = (w) => (viaNext ? `${BASE}/_next/image?url=${encodeURIComponent("/media/bench/large.jpg")}&w=${w}&q=75` : `${BASE}/media/bench/large.jpg?w=${w}`);

for (let round = 1; round <= ROUNDS; round++) {
  const cpu0 = cpuSeconds(server.pid);
  const t0 = performance.now();
  const answers = await Promise.all(
    WIDTHS.map(async (w) => {
      const res = await fetch(url(w), { headers: { accept: "image/avif,image/webp,image/apng,image/*,*/*;q=0.8" } });
      const body = await res.arrayBuffer();
      return { status: res.status, cache: res.headers.get("x-midad-image") ?? res.headers.get("x-nextjs-cache") ?? "-", bytes: body.byteLength };
    }),
  );
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(server.pid) - cpu0;
  const hits = answers.filter((a) => a.cache === "HIT").length;
  const statuses = [...new Set(answers.map((a) => a.status))].join("/");
  console.log(
    `  round ${round}: ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s server CPU (${(cpu / wall).toFixed(2)} cores busy on average), ` +
      `${hits}/${answers.length} from cache, status ${statuses}, ${(answers.reduce((n, a) => n + a.bytes, 0) / 1024).toFixed(0)} KB sent`,
  );
}
process.exit(0);
