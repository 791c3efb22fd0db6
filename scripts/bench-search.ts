// Search latency against a seeded database, through the same code the site runs
// (lib/search/engine.ts). Usage:
//   node scripts/bench-search.mjs --db file:./data/bench/midad.db [--n 500]
import { createPrismaClient } from "../lib/sql/client";
import { runSearch, type SearchOptions } from "../lib/search/engine";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const url = arg("--db", process.env.DATABASE_URL ?? "file:./data/bench/midad.db");
const n = Number(arg("--n", "500"));

// What readers type: names, places, topics, common words, misspellings, rare and absent words.
const QUERIES = [
  "الإطار التنسيقي", "الاطار التنسيقى", "الإطـار التَّنسيقي", "العراق", "بغداد", "البرلمان", "الموازنة", "النفط",
  "معرض الكتاب", "الانتخابات المحلية", "الأنبار", "كرة القدم", "المنتخب الوطني", "الكهرباء في الصيف",
  "رئيس الوزراء", "القوات الأجنبية", "العفو العام", "البصرة", "سعر الدولار", "الحشد الشعبي", "في", "من بغداد",
  "مستشفى", "وزارة التربية", "الدوري العراقي", "كركوكش", "كلمةغيرموجودة", "٢٠٢٤", 'NEAR("بغداد" OR) *',
];

async function main() {
  const db = createPrismaClient(url);
  const [{ c }] = await db.$queryRawUnsafe<[{ c: number | bigint }]>(`SELECT COUNT(*) AS c FROM "ArticleSearch"`);
  for (const q of QUERIES) await runSearch(db, q); // warm up caches and prepared statements
  const times: number[] = [];
  // CPU time of this process (SQLite runs in it): what a query costs on an idle core,
  // useful when other jobs share the machine and inflate wall-clock times.
  const cpu: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const page = i % 10 === 9 ? 2 : 1;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await runSearch(db, q, { page });
    const ms = performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    times.push(ms);
    cpu.push((c1.user + c1.system) / 1000);
    perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
  }
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  };
  if (args.includes("--verbose")) {
    for (const [q, xs] of perQuery) console.log(`  ${q}: p50=${pct(xs, 50).toFixed(1)} ms`);
  }
  // Filters and «الأحدث» (decision 165), measured apart so the line above stays comparable
  // with earlier runs: a section, a month, the newest first, on broad and narrow words.
  const [{ id: sectionId }] = await db.$queryRawUnsafe<[{ id: number }]>(`SELECT "id" FROM "Section" ORDER BY "position" LIMIT 1`);
  const month = { from: new Date(Date.now() - 60 * 86_400_000), to: new Date(Date.now() - 30 * 86_400_000) };
  const FILTERED: [string, SearchOptions][] = [
    ["بغداد", { sort: "newest" }], ["في", { sort: "newest" }], ["الإطار التنسيقي", { sort: "newest" }],
    ["بغداد", { sectionId }], ["الموازنة", { sectionId }], ["العراق", month], ["كركوكش", { sectionId, ...month }],
  ];
  for (const [q, o] of FILTERED) await runSearch(db, q, o);
  const filtered: number[] = [];
  for (let i = 0; i < Math.ceil(n / 5); i++) {
    const [q, o] = FILTERED[i % FILTERED.length]!;
    const t0 = performance.now();
    await runSearch(db, q, o);
    filtered.push(performance.now() - t0);
  }
  const [load] = (await import("node:os")).loadavg();
  console.log(`search index rows=${Number(c)} queries=${n} load=${load!.toFixed(1)}`);
  console.log(`search p50=${pct(times, 50).toFixed(1)} ms p99=${pct(times, 99).toFixed(1)} ms max=${pct(times, 100).toFixed(1)} ms`);
  console.log(`search cpu p50=${pct(cpu, 50).toFixed(1)} ms p99=${pct(cpu, 99).toFixed(1)} ms`);
  console.log(`search with filters or «الأحدث» p50=${pct(filtered, 50).toFixed(1)} ms p99=${pct(filtered, 99).toFixed(1)} ms (${filtered.length} queries)`);
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
