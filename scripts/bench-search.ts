// Search latency against a seeded database, through the same code the site runs
// (lib/search/engine.ts). Usage:
//   node scripts/bench-search.mjs --db file:./data/bench/midad.db [--n 500]
import { createPrismaClient } from "../lib/sql/client";
import { runSearch } from "../lib/search/engine";

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
  const [load] = (await import("node:os")).loadavg();
  console.log(`search index rows=${Number(c)} queries=${n} load=${load!.toFixed(1)}`);
  console.log(`search p50=${pct(times, 50).toFixed(1)} ms p99=${pct(times, 99).toFixed(1)} ms max=${pct(times, 100).toFixed(1)} ms`);
  console.log(`search cpu p50=${pct(cpu, 50).toFixed(1)} ms p99=${pct(cpu, 99).toFixed(1)} ms`);
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
