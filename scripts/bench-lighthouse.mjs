// npm run bench:lighthouse: Lighthouse 12 (mobile, its default simulated throttling) on the
// article, home and section pages of a production server, N runs each, and the median of
// every number: scores, LCP, TBT, CLS and bytes transferred (all, JS, fonts, HTML).
//
//   npm run bench:lighthouse                 5 runs a page on port 3320
//   LH_RUNS=3 LH_PORT=3510 npm run bench:lighthouse
//   npm run bench:lighthouse -- --url http://127.0.0.1:3000   measure a server already running
//
// Lighthouse drives Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). The server
// has its own database (data/lighthouse/, the demo paper) and is started and stopped here.
// Numbers are printed and kept in bench-results/; they belong in closing notes, not tests.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { baseEnv, bin, buildIfStale, prepareDatabase, root, start } from "./lib.mjs";

const RUNS = Number(process.env.LH_RUNS ?? 5);
const PORT = Number(process.env.LH_PORT ?? 3320);
const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const urlArg = process.argv.indexOf("--url");
const external = urlArg > 0 ? process.argv[urlArg + 1].replace(/\/+$/, "") : null;
const BASE = external ?? `http://127.0.0.1:${PORT}`;
// Chromium on these machines: without the background-networking flags it floods the
// closed network (docs: shared stack notes).
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

let server = null;
if (!external) {
  prepareDatabase(baseEnv());
  buildIfStale(baseEnv({ NODE_ENV: "production" }));
  const env = baseEnv({
    NODE_ENV: "production",
    DATABASE_URL: process.env.LH_DATABASE_URL ?? "file:./data/lighthouse/midad.db",
    MEDIA_DIR: "./data/lighthouse/media",
    SITE_URL: BASE,
  });
  prepareDatabase(env);
  server = start(process.execPath, ["scripts/serve.mjs", "-p", String(PORT), "-H", "127.0.0.1"], env);
  const stop = () => server.kill("SIGTERM");
  process.on("exit", stop);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
}
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${BASE}/api/health`)).ok) break;
  } catch {}
  if (i > 120) throw new Error(`no server answers at ${BASE}`);
  await new Promise((r) => setTimeout(r, 500));
}

// The pages: the home page, the first section in its navigation, its lead article.
const home = await (await fetch(`${BASE}/`)).text();
const firstHref = (re) => {
  const m = home.match(re);
  if (!m) throw new Error(`no link matching ${re} on the home page`);
  return m[1];
};
const pages = {
  article: firstHref(/href="(\/\d+\/[^"#?]+)"/),
  home: "/",
  section: firstHref(/href="(\/section\/[^"#?/]+)"/),
};
// Warm: each page rendered and in the page cache, as for a reader who is not the first.
for (const p of Object.values(pages)) for (let i = 0; i < 2; i++) await (await fetch(`${BASE}${p}`)).arrayBuffer();

function lighthouse(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      bin("lighthouse"),
      [url, "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS.join(" ")}`, "--only-categories=performance,accessibility,best-practices,seo"],
      { cwd: root, env: { ...process.env, CHROME_PATH: CHROME }, stdio: ["ignore", "pipe", "inherit"] },
    );
    const out = [];
    child.stdout.on("data", (d) => out.push(d));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code} for ${url}`));
      try {
        resolve(JSON.parse(Buffer.concat(out).toString("utf8")));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** The numbers of one report. */
function numbers(lhr) {
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const bytes = (type) => requests.filter((r) => !type || r.resourceType === type).reduce((s, r) => s + (r.transferSize ?? 0), 0);
  const bootup = (lhr.audits["bootup-time"]?.details?.items ?? []).map((i) => ({ url: i.url, scripting: i.scripting, total: i.total }));
  const failed = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode) && !["metrics"].includes(a.id))
    .map((a) => a.id);
  return {
    perf: score("performance"),
    a11y: score("accessibility"),
    bp: score("best-practices"),
    seo: score("seo"),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    mainThread: audit("mainthread-work-breakdown"),
    total: bytes(null),
    js: bytes("Script"),
    fonts: bytes("Font"),
    html: bytes("Document"),
    requests: requests.length,
    bootup,
    lcpElement: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    failed,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;

const results = {};
for (const [name, p] of Object.entries(pages)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(numbers(await lighthouse(`${BASE}${p}`)));
    process.stderr.write(`  ${name} run ${i + 1}/${RUNS}: perf ${runs.at(-1).perf}, LCP ${ms(runs.at(-1).lcp)}, TBT ${ms(runs.at(-1).tbt)}\n`);
  }
  const med = {};
  for (const k of ["perf", "a11y", "bp", "seo", "fcp", "lcp", "tbt", "cls", "mainThread", "total", "js", "fonts", "html", "requests"]) med[k] = median(runs.map((r) => r[k]));
  results[name] = { path: p, median: med, bootup: runs[0].bootup, failedAudits: [...new Set(runs.flatMap((r) => r.failed))], runs };
}

console.log(`\nLighthouse 12 mobile (simulated throttling), median of ${RUNS} runs, ${BASE}\n`);
const rows = [["page", "perf/a11y/bp/seo", "FCP", "LCP", "TBT", "CLS", "main thread", "transferred", "JS", "fonts", "HTML", "requests"]];
for (const [name, r] of Object.entries(results)) {
  const m = r.median;
  const shown = decodeURIComponent(r.path);
  rows.push([`${name} ${shown.length > 28 ? `${shown.slice(0, 27)}…` : shown}`, `${m.perf}/${m.a11y}/${m.bp}/${m.seo}`, ms(m.fcp), ms(m.lcp), ms(m.tbt), m.cls.toFixed(3), ms(m.mainThread), kb(m.total), kb(m.js), kb(m.fonts), kb(m.html), String(m.requests)]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join("  "));
for (const [name, r] of Object.entries(results)) {
  const top = r.bootup.slice(0, 3).map((b) => `${decodeURIComponent(b.url.replace(BASE, "")).slice(0, 40)} ${ms(b.scripting)} scripting`);
  console.log(`\n${name}: LCP element (first run): ${r.runs[0].lcpElement ?? "?"}`);
  if (top.length) console.log(`${name}: script bootup (first run): ${top.join("; ")}`);
  if (r.failedAudits.length) console.log(`${name}: audits not passed in some run: ${r.failedAudits.join(", ")}`);
}

const dir = path.join(root, "bench-results");
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
fs.writeFileSync(file, JSON.stringify({ base: BASE, runs: RUNS, results }, null, 2));
console.log(`\nAll runs: ${path.relative(root, file)}`);
process.exit(0);
