// npm run bench:filters [-- --words 1000]
// Runs scripts/bench-filters.ts under tsx (it measures the site's TypeScript matcher).
import { bin, run } from "./lib.mjs";

run(bin("tsx"), ["scripts/bench-filters.ts", ...process.argv.slice(2)]);
