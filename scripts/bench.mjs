// npm run bench: load-test the production server on a seeded database (10,000 extra
// pieces) with autocannon on 127.0.0.1, and print requests/s and p50/p99 per page.
// Bounded: every run lasts BENCH_SECONDS per page (default 10 s) and stops by itself.
// BENCH_DATABASE_URL=postgresql://… runs the same benchmark on PostgreSQL (the database is
// created by the migration runner when missing, then seeded to BENCH_SCALE pieces).
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import pg from "pg";
import { chromium } from "@playwright/test";
import { baseEnv, bin, buildIfStale, prepareDatabase, root, run, sqliteFile, start } from "./lib.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SCALE = Number(process.env.BENCH_SCALE ?? 10000);
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;

// 1. The build needs the default database; the bench has its own, bigger one.
prepareDatabase(baseEnv());
buildIfStale(baseEnv({ NODE_ENV: "production" }));

const env = baseEnv({
  NODE_ENV: "production",
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "file:./data/bench/midad.db",
  MEDIA_DIR: "./data/bench/media",
  SITE_URL: BASE,
});
const dbFile = sqliteFile(env.DATABASE_URL);
if (dbFile) fs.mkdirSync(path.dirname(dbFile), { recursive: true });
// PostgreSQL gets demo content only when asked (decision 100); the benchmark needs it.
prepareDatabase(env, dbFile ? [] : ["--demo-content"]);

/** Rows of one read on either engine (the SQL is written to run on both). */
async function rows(sql) {
  if (dbFile) {
    const db = new Database(dbFile, { readonly: true });
    try {
      return db.prepare(sql).all();
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
const countPublished = async () => Number((await rows(`SELECT COUNT(*) AS n FROM "Article" WHERE "status" = 'published'`))[0].n);
{
  const n = await countPublished();
  if (n < SCALE) run(bin("tsx"), ["prisma/seed.ts", "--scale", String(SCALE - n)], env);
}
const published = await countPublished();
const articleIds = (await rows(`SELECT "id" FROM "Article" WHERE "status" = 'published' ORDER BY "publishedAt" DESC LIMIT 400`)).map((r) => Number(r.id));
const engine = dbFile ? "SQLite" : "PostgreSQL";

// 2. Serve.
const server = start(process.execPath, ["scripts/serve.mjs", "-p", String(PORT), "-H", "127.0.0.1"], env);
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${BASE}/api/health`)).ok) break;
  } catch {}
  if (i > 120) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 500));
}

async function canonical(id) {
  const res = await fetch(`${BASE}/${id}`, { redirect: "manual" });
  return res.headers.get("location").split(", ")[0];
}

// 3. Cold renders: first visits to pieces nobody has opened (render + cache write), once
// the server has rendered a few others (its code is compiled, as on a server that has run).
for (const id of articleIds.slice(300, 320)) await (await fetch(`${BASE}${await canonical(id)}`)).arrayBuffer();
// Their canonical URLs are asked first (each /<id> renders its own redirect page), so a
// timed request never shares the server with the tail of another render.
const coldUrls = [];
for (const id of articleIds.slice(100, 200)) coldUrls.push(`${BASE}${await canonical(id)}`);
await new Promise((ok) => setTimeout(ok, 1000));
const cold = [];
for (const url of coldUrls) {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  cold.push(performance.now() - t);
}
cold.sort((a, b) => a - b);
const q = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

// 4. Load per page (warm caches first).
const articleUrl = await canonical(articleIds[0]);
const targets = [
  // The cheapest response the server gives: a small static file from public/.
  { name: "ceiling (/logo.svg)", path: "/logo.svg" },
  { name: "robots.txt", path: "/robots.txt" },
  { name: "home", path: "/" },
  { name: "section", path: "/section/politics" },
  { name: "article (cached)", path: articleUrl },
  // What a browser asks for: the page cache sends its stored brotli copy.
  { name: "article (br, as browsers)", path: articleUrl, headers: { "accept-encoding": "gzip, deflate, br" } },
  { name: "404", path: "/no-such-page" },
];
const results = [];
for (const t of targets) {
  for (let i = 0; i < 3; i++) await (await fetch(BASE + t.path)).arrayBuffer();
  const r = await autocannon({ url: BASE + t.path, connections: CONNECTIONS, duration: SECONDS, headers: t.headers });
  results.push({ ...t, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, bytes: r.throughput.total / Math.max(1, r.requests.total) });
}

// 5. First-load weight of the article page in Chromium (no cache), and render blockers.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Network.enable");
await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
let transferred = 0;
const byType = {};
const types = new Map();
cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
cdp.on("Network.loadingFinished", (e) => {
  transferred += e.encodedDataLength;
  const t = types.get(e.requestId) ?? "Other";
  byType[t] = (byType[t] ?? 0) + e.encodedDataLength;
});
await page.goto(BASE + articleUrl, { waitUntil: "networkidle" });
const blockers = await page.evaluate(() =>
  [...document.head.querySelectorAll("script[src]")].filter((s) => !s.async && !s.defer && !s.noModule && s.type !== "module").map((s) => s.src),
);
await browser.close();

// 6. Report.
const ceiling = results[0].rps;
console.log(`\nMidad benchmark — ${engine}, ${published} published pieces, ${CONNECTIONS} connections, ${SECONDS}s per page, 127.0.0.1`);
console.log("page                        req/s    p50 ms  p99 ms  % of ceiling  non-2xx  KB/response");
for (const r of results) {
  console.log(
    `${r.name.padEnd(27)} ${r.rps.toFixed(0).padStart(6)}  ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)}  ${((100 * r.rps) / ceiling).toFixed(0).padStart(11)}%  ${String(r.non2xx).padStart(7)}  ${(r.bytes / 1024).toFixed(1).padStart(11)}`,
  );
}
console.log(`cold article render (first visit, ${cold.length} pieces): p50=${q(cold, 50).toFixed(1)} ms p95=${q(cold, 95).toFixed(1)} ms`);
console.log(
  `article first load: ${(transferred / 1024).toFixed(0)} KB transferred (${Object.entries(byType)
    .map(([k, v]) => `${k} ${(v / 1024).toFixed(0)} KB`)
    .join(", ")}); render-blocking scripts: ${blockers.length}`,
);

// The issue's targets (docs/decisions/006), each with its verdict.
const article = results.find((r) => r.name === "article (cached)");
const verdict = (ok) => (ok ? "met" : "NOT met");
console.log("targets:");
console.log(`  cached article >= 80% of the ceiling: ${((100 * article.rps) / ceiling).toFixed(0)}% — ${verdict(article.rps >= 0.8 * ceiling)}`);
console.log(`  cached article p99 < 60 ms at ${CONNECTIONS} connections: ${article.p99} ms — ${verdict(article.p99 < 60)}`);
console.log(`  first visit to a piece < 20 ms: p50 ${q(cold, 50).toFixed(1)} ms — ${verdict(q(cold, 50) < 20)}`);
console.log(`  article first load < 300 KB, no render-blocking script: ${(transferred / 1024).toFixed(0)} KB, ${blockers.length} — ${verdict(transferred < 300 * 1024 && blockers.length === 0)}`);

// The server's memory after the run (page cache and Next's caches are bounded; Linux only).
try {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1]);
  console.log(`server memory after the run: ${(kb / 1024).toFixed(0)} MB resident`);
} catch {}

// 7. Search latency, when the search benchmark exists.
const searchBench = path.join(root, "scripts/bench-search.mjs");
if (fs.existsSync(searchBench)) run(process.execPath, [searchBench, "--db", env.DATABASE_URL], env);
process.exit(0);
