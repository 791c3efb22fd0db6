// The comment filters' cost: 255-character comments against word lists of 500 and 1,000
// entries (banned and suspect halves, a few phrases, some exact-only). Prints comments/s
// and the mean and p99 time per comment. Not a test: numbers for the record (issue 17).
import { compileLists, findListed, type ListedWord } from "../lib/arabic/match";
import { CORPUS_LISTS, DODGES } from "../lib/comments/filter-corpus";
import { innocentCorpus } from "../lib/comments/filter-corpus-run";

const LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
function rnd(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}
const r = rnd(17);
const word = (min: number, max: number) => Array.from({ length: min + Math.floor(r() * (max - min + 1)) }, () => LETTERS[Math.floor(r() * LETTERS.length)]).join("");

function list(n: number): { bannedWords: ListedWord[]; suspectWords: ListedWord[] } {
  const all: ListedWord[] = [...CORPUS_LISTS.bannedWords, ...CORPUS_LISTS.suspectWords];
  while (all.length < n) all.push({ word: r() < 0.05 ? `${word(3, 5)} ${word(3, 6)}` : word(3, 7), exact: r() < 0.1 });
  return { bannedWords: all.filter((_, i) => i % 2 === 0), suspectWords: all.filter((_, i) => i % 2 === 1) };
}

// Comments: innocent sentences (the whole list is read for them) cut to 255 characters;
// one in ten ends with a dodge.
const innocent = innocentCorpus();
const comments = Array.from({ length: 2000 }, (_, i) => {
  let c = i % 10 === 0 ? ` ${DODGES[Math.floor(r() * DODGES.length)]!.text}` : "";
  while (c.length < 255) c = `${innocent[Math.floor(r() * innocent.length)]} ${c}`;
  return c.slice(-255);
});

const argN = process.argv.indexOf("--words");
const sizes = argN > 0 ? [Number(process.argv[argN + 1])] : [500, 1000];
for (const n of sizes) {
  const lists = list(n);
  const t0 = performance.now();
  const compiled = compileLists({ banned: lists.bannedWords, suspect: lists.suspectWords });
  const compileMs = performance.now() - t0;
  for (const c of comments.slice(0, 300)) findListed(c, compiled); // warm-up
  const times: number[] = [];
  let caught = 0;
  const start = performance.now();
  for (const c of comments) {
    const a = performance.now();
    if (findListed(c, compiled).match) caught++;
    times.push(performance.now() - a);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const p99 = times[Math.floor(times.length * 0.99)]!;
  console.log(
    `${n} listed words: ${Math.round((comments.length / total) * 1000)} comments/s, mean ${((total / comments.length) * 1000).toFixed(0)} µs, p99 ${(p99 * 1000).toFixed(0)} µs per 255-char comment; compile ${compileMs.toFixed(1)} ms; ${caught}/${comments.length} comments matched`,
  );
}
