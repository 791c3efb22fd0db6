// node scripts/bench-search.mjs --db file:./data/bench/midad.db [--n 500]
// Runs scripts/bench-search.ts under tsx (it shares the site's TypeScript search code).
import { bin, run } from "./lib.mjs";

run(bin("tsx"), ["scripts/bench-search.ts", ...process.argv.slice(2)]);
