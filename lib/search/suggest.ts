// «هل تقصد: …» when a query finds nothing (docs/decisions/166-search-suggestions.md). Each
// query word that matches no indexed piece at all is compared with the words of recent
// titles and tags (edit distance ≤ 1 for short words, ≤ 2 otherwise, adjacent swaps count
// one); the closest, then the most frequent, replaces it. The suggestion is offered only when
// the corrected query finds something. Costs are bounded: the vocabulary is read once per
// VOCABULARY_TTL_MS per process (the newest VOCABULARY_TITLES titles), and only words of a
// similar length are compared.
import { normalizeArabic } from "../arabic/normalize";
import type { SearchDb } from "./engine";
import { WORD } from "./highlight";
import { queryGroups, type TermGroup } from "./query";

export type Suggestion = {
  /** The corrected query, as the reader would type it. */
  query: string;
  /** The same, split into the words kept and the words corrected (shown emphasised). */
  parts: { text: string; corrected: boolean }[];
  /** Whether it finds something with the reader's filters (else the link drops them). */
  filtered: boolean;
};

export const VOCABULARY_TITLES = 20_000;
export const VOCABULARY_TTL_MS = 10 * 60_000;

type Entry = { key: string; surface: string; count: number };
type Vocabulary = { at: number; byLength: Map<number, Entry[]> };

const caches = new WeakMap<object, Promise<Vocabulary>>();
const loadedAt = new WeakMap<object, number>();

/** A word as the vocabulary keys it: normalised, letters and digits only. */
const keyOf = (word: string) => (normalizeArabic(word).match(/[\p{L}\p{N}]+/gu) ?? []).join("");

async function loadVocabulary(db: SearchDb): Promise<Vocabulary> {
  const rows = await db.$queryRawUnsafe<{ title: string }[]>(
    `SELECT "title" FROM "Article" WHERE "status" = 'published' ORDER BY "id" DESC LIMIT ${VOCABULARY_TITLES}`,
  );
  const tags = await db.$queryRawUnsafe<{ title: string }[]>(`SELECT "name" AS "title" FROM "Tag"`);
  const counts = new Map<string, Map<string, number>>();
  for (const { title } of [...rows, ...tags]) {
    for (const m of title.matchAll(WORD)) {
      const key = keyOf(m[0]);
      // Numbers are not misspelt words (and synthetic titles carry thousands of them).
      if ([...key].length < 3 || !/\p{L}/u.test(key)) continue;
      // The surface form without vowel marks or tatweel, as a reader would type it.
      const surface = m[0].replace(/[\p{M}\u0640\u200B-\u200F]/gu, "");
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  const byLength = new Map<number, Entry[]>();
  for (const [key, forms] of counts) {
    let surface = "";
    let best = 0;
    let count = 0;
    for (const [form, n] of forms) {
      count += n;
      if (n > best || (n === best && form < surface)) [surface, best] = [form, n];
    }
    const len = [...key].length;
    const list = byLength.get(len) ?? [];
    list.push({ key, surface, count });
    byLength.set(len, list);
  }
  return { at: Date.now(), byLength };
}

function vocabulary(db: SearchDb): Promise<Vocabulary> {
  const at = loadedAt.get(db);
  let v = caches.get(db);
  if (!v || at === undefined || Date.now() - at > VOCABULARY_TTL_MS) {
    v = loadVocabulary(db);
    caches.set(db, v);
    loadedAt.set(db, Date.now());
    // A failed read is not cached.
    v.catch(() => caches.delete(db));
  }
  return v;
}

/** Optimal string alignment distance (insert, delete, substitute, swap neighbours), or max + 1 when above max. */
export function editDistance(a: string[], b: string[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest known word to `word`, or null. */
export function closestWord(vocab: Vocabulary, word: string): Entry | null {
  const chars = [...keyOf(word)];
  if (chars.length < 3) return null;
  const max = chars.length <= 4 ? 1 : 2;
  let best: Entry | null = null;
  let bestD = max + 1;
  for (let len = chars.length - max; len <= chars.length + max; len++) {
    for (const e of vocab.byLength.get(len) ?? []) {
      const d = editDistance(chars, [...e.key], Math.min(max, bestD));
      if (d === 0) return null; // known word: nothing to correct
      if (d < bestD || (d === bestD && best && (e.count > best.count || (e.count === best.count && e.key < best.key)))) {
        best = e;
        bestD = d;
      }
    }
  }
  return bestD <= max ? best : null;
}

/**
 * A corrected query that finds something, or null. `found(groups, filtered)` says whether a
 * query finds anything (with the reader's filters or without).
 */
export async function suggest(
  db: SearchDb,
  input: string,
  groups: TermGroup[],
  found: (groups: TermGroup[], filtered: boolean) => Promise<boolean>,
): Promise<Suggestion | null> {
  const unknown: TermGroup[] = [];
  for (const g of groups) if (!(await found([g], false))) unknown.push(g);
  if (!unknown.length) return null;
  const vocab = await vocabulary(db);
  const fixes = new Map<string, string>();
  for (const g of unknown) {
    const e = closestWord(vocab, g.word);
    if (e) fixes.set(g.word, e.surface);
  }
  if (!fixes.size) return null;
  const parts: Suggestion["parts"] = [];
  for (const m of input.matchAll(WORD)) {
    const fix = fixes.get(keyOf(m[0]));
    parts.push({ text: fix ?? m[0], corrected: fix !== undefined });
  }
  if (!parts.some((p) => p.corrected)) return null;
  const query = parts.map((p) => p.text).join(" ");
  const corrected = queryGroups(query);
  if (await found(corrected, true)) return { query, parts, filtered: true };
  if (await found(corrected, false)) return { query, parts, filtered: false };
  return null;
}
