// npm run filters:corpus — the comment filters' misses and false positives on the corpus.
import { runCorpus } from "../lib/comments/filter-corpus-run";

const r = runCorpus();
for (const m of r.misses) console.log(`MISS  [${m.kind}] ${JSON.stringify(m.text)} → ${m.got} (expected ${m.verdict})`);
for (const f of r.falsePositives) console.log(`FALSE POSITIVE  ${JSON.stringify(f.text)} → ${f.got}`);
console.log(`dodges: ${r.dodges} in ${r.kinds} kinds, misses: ${r.misses.length}`);
console.log(`innocent sentences: ${r.innocents}, false positives: ${r.falsePositives.length}`);
process.exitCode = r.misses.length + r.falsePositives.length > 0 ? 1 : 0;
