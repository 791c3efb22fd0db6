// npm run bench:cluster — the cluster (decision 101) measured in one run, on loopback:
//   1. a static file served from Varnish's cache (the ceiling on this machine),
//   2. the cached article, home and section through Varnish,
//   3. the article from one instance directly (its page cache),
//   4. the time from an editor's save (alternating instances) to the fresh page through
//      Varnish, p50/p99 over BENCH_EDITS saves (default 20).
// autocannon, BENCH_CONNECTIONS (32) connections for BENCH_SECONDS (10) per target, with
// `Accept-Encoding: gzip` as browsers send it. Prints a table; asserts nothing.
// @ts-expect-error -- autocannon ships no types
import autocannon from "autocannon";
import pg from "pg";
import { action } from "../e2e/support/actions";
import { callActionOn, editorCookie } from "../e2e/cluster/staff";
// @ts-expect-error -- a plain ES module script without types
import { startCluster } from "./cluster.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const EDITS = Number(process.env.BENCH_EDITS ?? 20);
const PG_ADMIN = process.env.CLUSTER_PG_URL ?? "postgresql://midad:midad@127.0.0.1:5432/postgres";

type Cluster = { siteUrl: string; instanceUrls: string[]; databaseUrl: string; authSecret: string; stop(): Promise<void> };

async function load(name: string, url: string) {
  // Warm: the first request fills the caches.
  for (let i = 0; i < 3; i++) await fetch(url, { headers: { "accept-encoding": "gzip" } }).then((r) => r.arrayBuffer());
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { "accept-encoding": "gzip" } });
  const bad = r.non2xx + r.errors + r.timeouts;
  return { name, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, kb: Math.round(r.throughput.average / 1024 / Math.max(r.requests.average, 1) * 10) / 10, bad };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

const url = new URL(PG_ADMIN);
url.pathname = "/midad_cluster_bench";
const cluster: Cluster = await startCluster({
  varnishPort: 8280,
  redisPort: 6392,
  basePort: 3301,
  databaseUrl: url.toString(),
  dataDir: "data/cluster-bench",
  log: (m: string) => console.log(m),
});
const db = new pg.Client({ connectionString: cluster.databaseUrl });
try {
  await db.connect();
  const v = cluster.siteUrl;
  const { rows } = await db.query(`SELECT a.id, a.version, a.title, a."sectionId", s.slug FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE a.status = 'published' ORDER BY a."publishedAt" DESC LIMIT 1`);
  const piece = rows[0] as { id: number; version: number; title: string; sectionId: number; slug: string };
  const articlePath = new URL((await fetch(`${v}/${piece.id}`, { redirect: "manual" })).headers.get("location") ?? `/${piece.id}`, v).pathname;

  // The ceiling: Varnish serving a cached static file of the page's own kind of size (the
  // largest stylesheet the article page links), and a tiny one.
  const html = await (await fetch(`${v}${articlePath}`)).text();
  const assets = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s)]+\.css/g)].map((m) => m[0]))];
  let asset = "/robots.txt";
  let largest = 0;
  for (const a of assets) {
    const n = (await (await fetch(`${v}${a}`)).arrayBuffer()).byteLength;
    if (n > largest) [asset, largest] = [a, n];
  }
  const results = [];
  results.push(await load(`static file from Varnish (ceiling)`, `${v}${asset}`));
  results.push(await load("tiny static file from Varnish", `${v}/robots.txt`));
  results.push(await load("article through Varnish", `${v}${articlePath}`));
  results.push(await load("home through Varnish", `${v}/`));
  results.push(await load(`section through Varnish`, `${v}/section/${piece.slug}`));
  results.push(await load("article from one instance", `${cluster.instanceUrls[0]}${articlePath}`));

  // Save → fresh through Varnish.
  const cookie = await editorCookie(db, cluster.authSecret);
  const save = action("saveArticleAction");
  const times: number[] = [];
  const answered: number[] = [];
  let version = piece.version;
  for (let i = 0; i < EDITS; i++) {
    const title = `${piece.title} · ${i + 1}`;
    const started = performance.now();
    const res = await callActionOn(cluster.instanceUrls[i % 2]!, v, cookie, save, [
      { id: piece.id, version, autosave: false, article: { title, excerpt: title, bodyHtml: `<p>${title}</p>`, sectionId: piece.sectionId, tagNames: [], authorIds: [] } },
    ]);
    if (res.status !== 200 || !res.text.includes('"version"')) throw new Error(`save failed: ${res.status} ${res.text.slice(0, 200)}`);
    version = Number(/"version":(\d+)/.exec(res.text)?.[1] ?? version + 1);
    answered.push(performance.now() - started);
    for (;;) {
      const body = await (await fetch(`${v}${articlePath}`)).text();
      if (body.includes(title)) break;
      if (performance.now() - started > 10_000) throw new Error(`edit ${i + 1} not fresh after 10 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
    times.push(performance.now() - started);
  }

  const ceiling = results[0]!.rps;
  console.log(`\nCluster benchmark: ${CONNECTIONS} connections × ${SECONDS} s per target, gzip, two instances, Varnish 7.1, PostgreSQL 15, Redis 7`);
  console.log("target                                   req/s   % of ceiling   p50 ms   p99 ms   KB/resp   errors");
  for (const r of results) {
    console.log(
      `${r.name.padEnd(40)} ${String(r.rps).padStart(6)}   ${String(Math.round((r.rps / ceiling) * 100)).padStart(11)}%   ${String(r.p50).padStart(6)}   ${String(r.p99).padStart(6)}   ${String(r.kb).padStart(7)}   ${r.bad}`,
    );
  }
  const ms = (xs: number[]) => `p50 ${Math.round(quantile(xs, 0.5))} ms, p99 ${Math.round(quantile(xs, 0.99))} ms`;
  console.log(`save → fresh page through Varnish (${EDITS} saves, alternating instances): ${ms(times)}, max ${Math.round(Math.max(...times))} ms`);
  console.log(`  of which the save itself (until the dashboard has its answer): ${ms(answered)}`);
} finally {
  await db.end().catch(() => {});
  await cluster.stop();
}
