// Search latency against a seeded database, through the same code the site runs
// (lib/search/engine.ts). Usage:
//   node scripts/bench-search.mjs --db file:./data/bench/midad.db [--n 500]
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
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
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  const [{ c }] = await db.$queryRawUnsafe<[{ c: number | bigint }]>(`SELECT COUNT(*) AS c FROM ArticleSearch`);
  for (const q of QUERIES) await runSearch(db, q); // warm up caches and prepared statements
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const page = i % 10 === 9 ? 2 : 1;
    const t0 = performance.now();
    await runSearch(db, q, page);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
  console.log(`search index rows=${Number(c)} queries=${n}`);
  console.log(`search p50=${pct(50).toFixed(1)} ms p99=${pct(99).toFixed(1)} ms max=${times[times.length - 1]!.toFixed(1)} ms`);
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
