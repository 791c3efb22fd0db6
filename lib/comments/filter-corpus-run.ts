import fs from "node:fs";
import path from "node:path";
import { checkText } from "./filters";
import { CORPUS_LISTS, DODGES, NEAR_MISSES, seedSentences, type Dodge } from "./filter-corpus";

// Runs the corpus through checkText: used by the corpus test and scripts/filter-corpus.ts.

export function innocentCorpus(root = process.cwd()): string[] {
  const files = ["prisma/seed-data/demo-content.ts", "prisma/seed-data/seed-article.ts"];
  const sources = files.map((f) => fs.readFileSync(path.join(root, f), "utf8"));
  return [...NEAR_MISSES, ...seedSentences(sources)];
}

export type CorpusResult = {
  dodges: number;
  misses: (Dodge & { got: string })[];
  innocents: number;
  falsePositives: { text: string; got: string }[];
  kinds: number;
};

export function runCorpus(root?: string): CorpusResult {
  const misses: CorpusResult["misses"] = [];
  for (const d of DODGES) {
    const r = checkText(d.text, CORPUS_LISTS);
    if (r.verdict !== d.verdict) misses.push({ ...d, got: r.verdict === "hold" ? `hold (${r.reason})` : r.verdict });
  }
  const innocents = innocentCorpus(root);
  const falsePositives: CorpusResult["falsePositives"] = [];
  for (const text of innocents) {
    const r = checkText(text, CORPUS_LISTS);
    if (r.verdict !== "pass") falsePositives.push({ text, got: r.verdict === "hold" ? r.reason : `refuse (${r.word} ← ${r.form})` });
  }
  return { dodges: DODGES.length, misses, innocents: innocents.length, falsePositives, kinds: new Set(DODGES.map((d) => d.kind)).size };
}
