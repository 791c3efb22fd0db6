// npm run filters:corpus — misses and false positives of the comment filters on the corpus.
import { bin, run } from "./lib.mjs";

run(bin("tsx"), ["scripts/filter-corpus.ts", ...process.argv.slice(2)]);
