import { arabicDigitReadings, arabicSkeleton, deRepeat, hasArabic, hasDigit, hasLatin, latinLetters, latinPattern, latinReadings, latinSkeleton, toLatin } from "./arabizi";
import { affixedForms } from "./forms";
import { normalizeWithMap, words } from "./normalize";

// The one word-list matcher (comment filters; docs/decisions/031 and 040). A text is
// normalised once (normalize.ts) and cut into words; each word, and each run of words
// broken by single letters ("ك ل ب", "كل.ب"), is read every way a dodge could hide a
// listed word: as written, with its clitics and suffixes peeled (forms.ts), with repeated
// letters collapsed, with digits read as letters, and, when it has Latin letters, as
// Arabizi (arabizi.ts). A listed word matches when one reading equals it; a phrase when
// consecutive readings equal its words. An entry marked exact matches only unaffixed
// readings. Lookups are map hits, so the list's length barely matters.

export type ListedWord = { word: string; exact: boolean };
export type ListKind = "banned" | "suspect";

type Entry = { text: string; kind: ListKind; exact: boolean; words: string[] };
// span: how many of the entry's words one reading covers (a phrase written as one word).
type Ref = { entry: number; pos: number; span: number };
type Hit = Ref & { affixed: boolean };

export type CompiledLists = {
  entries: Entry[];
  plain: Map<string, Ref[]>;
  repeated: Map<string, Ref[]>;
  latin: Map<string, (Ref & { pattern: RegExp })[]>;
  /** Longest listed key: a joined run longer than this plus its affixes cannot match. */
  longest: number;
  /** Every prefix of every key (and of its collapsed form), to skip hopeless joins. */
  prefixes: Set<string>;
  /** Every key, its collapsed form, and a feminine key without its ه (كلبة → كلبات). */
  keys: Set<string>;
  /** Every prefix of every Latin skeleton. */
  skeletons: Set<string>;
};

export type ListMatch = {
  kind: ListKind;
  /** The entry as the admin typed it. */
  entry: string;
  /** The part of the text that matched, as the reader typed it. */
  form: string;
};

const add = <T,>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export const asListed = (w: string | ListedWord): ListedWord => (typeof w === "string" ? { word: w, exact: false } : w);

/** Builds the lookup tables once per pair of lists. */
export function compileLists(lists: Partial<Record<ListKind, readonly (string | ListedWord)[]>>): CompiledLists {
  const out: CompiledLists = { entries: [], plain: new Map(), repeated: new Map(), latin: new Map(), longest: 0, prefixes: new Set(), keys: new Set(), skeletons: new Set() };
  for (const kind of ["banned", "suspect"] as const) {
    for (const item of lists[kind] ?? []) {
      const { word, exact } = asListed(item);
      const ws = words(word);
      if (ws.length === 0) continue;
      const entry = out.entries.push({ text: word.trim(), kind, exact, words: ws }) - 1;
      out.longest = Math.max(out.longest, ws.join("").length);
      ws.forEach((w, pos) => {
        add(out.plain, w, { entry, pos, span: 1 });
        const dr = deRepeat(w);
        for (const k of [w, dr, ...(w.endsWith("ه") && w.length > 3 ? [w.slice(0, -1)] : [])]) {
          out.keys.add(k);
          for (let i = 1; i <= k.length; i++) out.prefixes.add(k.slice(0, i));
        }
        add(out.repeated, dr, { entry, pos, span: 1 });
        const skeleton = hasArabic(w) ? arabicSkeleton(dr) : null;
        const pattern = skeleton && skeleton.length >= 2 ? latinPattern(dr) : null;
        if (skeleton && pattern) {
          add(out.latin, skeleton, { entry, pos, span: 1, pattern });
          for (let i = 0; i <= skeleton.length; i++) out.skeletons.add(skeleton.slice(0, i));
        }
      });
      // A phrase whose words were glued together by an invisible character or no space.
      if (ws.length > 1) {
        const whole = ws.join("");
        for (const k of [whole, deRepeat(whole)]) {
          out.keys.add(k);
          for (let i = 1; i <= k.length; i++) out.prefixes.add(k.slice(0, i));
        }
        add(out.plain, whole, { entry, pos: 0, span: ws.length });
        add(out.repeated, deRepeat(whole), { entry, pos: 0, span: ws.length });
      }
    }
  }
  return out;
}

// ---- reading a text ----

type Token = { text: string; start: number; end: number };
type Edge = { first: number; last: number; hits: Hit[] };

const TOKEN = /[\p{L}\p{N}]+/gu;
// Clitics before and suffixes after a listed word add at most this many letters; a Latin
// spelling takes at most twice the letters plus vowels.
const AFFIX_ROOM = 10;
const LONGEST_PREFIX = 5;
/**
 * Joined runs examined per text. Real comments have a handful of lone letters; a text
 * made of hundreds of them runs out and is reported as `crowded` (held for a moderator)
 * rather than read partly.
 */
const JOIN_BUDGET = 1500;

const LONGEST_SUFFIX = 5;

// Is there, after at most a clitic's worth of letters, a listed key followed by at most a
// suffix's worth ("yes": worth reading), or the start of one ("not yet": read a longer
// run)? Otherwise "never": no longer run from the same start can match either.
function viable(joined: string, lists: CompiledLists): "yes" | "not yet" | "never" {
  let growing = false;
  for (const run of new Set([joined, deRepeat(joined)])) {
    for (let p = 0; p <= Math.min(LONGEST_PREFIX, run.length - 1); p++) {
      const tail = run.slice(p);
      for (let cut = 0; cut <= Math.min(LONGEST_SUFFIX, tail.length - 1); cut++) {
        if (lists.keys.has(cut ? tail.slice(0, -cut) : tail)) return "yes";
      }
      if (lists.prefixes.has(tail)) growing = true;
    }
  }
  return growing || joined.length <= LONGEST_PREFIX ? "not yet" : "never";
}

// The same for a Latin run: is its skeleton (or one without a transliterated article)
// a listed skeleton or the start of one?
function latinViable(joined: string, lists: CompiledLists): "yes" | "not yet" | "never" {
  let growing = false;
  for (const l of latinReadings(latinLetters(joined))) {
    const sk = latinSkeleton(l);
    if (lists.latin.has(sk)) return "yes";
    if (lists.skeletons.has(sk)) growing = true;
  }
  return growing ? "not yet" : "never";
}
const LATIN_ONLY = /^[a-z0-9]+$/;
const ARABIC_ONLY = /^[\u0621-\u064A]+$/;
const MAX_GAP = 5;

function hitsOf(word: string, lists: CompiledLists, memo: Map<string, Hit[]>): Hit[] {
  const known = memo.get(word);
  if (known) return known;
  const hits: Hit[] = [];
  const look = (map: Map<string, Ref[]>, key: string, affixed: boolean) => {
    const refs = map.get(key);
    if (refs) for (const r of refs) hits.push({ entry: r.entry, pos: r.pos, span: r.span, affixed });
  };
  look(lists.plain, word, false);
  const letters = latinLetters(word);
  if (hasLatin(letters)) {
    const latin = hasArabic(letters) ? toLatin(letters) : letters;
    latinReadings(latin).forEach((l, i) => {
      for (const r of lists.latin.get(latinSkeleton(l)) ?? []) if (r.pattern.test(l)) hits.push({ entry: r.entry, pos: r.pos, span: r.span, affixed: i > 0 });
    });
    look(lists.repeated, deRepeat(word), false);
  } else if (hasArabic(word)) {
    const bases = hasDigit(word) ? arabicDigitReadings(word) : [word];
    for (const base of bases) {
      if (base !== word) look(lists.plain, base, false);
      for (const f of affixedForms(base)) look(lists.plain, f, true);
      const dr = deRepeat(base);
      if (dr !== base) {
        look(lists.repeated, dr, false);
        for (const f of affixedForms(dr)) look(lists.repeated, f, true);
      }
    }
  } else {
    look(lists.repeated, deRepeat(word), false);
  }
  memo.set(word, hits);
  return hits;
}

/** Every listed entry found in the text, banned ones first. */
export function findAll(text: string, lists: CompiledLists, firstOnly = false): ListMatch[] & { crowded?: boolean } {
  if (lists.entries.length === 0) return [];
  const n = normalizeWithMap(text);
  const tokens: Token[] = [];
  for (const m of n.text.matchAll(TOKEN)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });

  const memo = new Map<string, Hit[]>();
  const byFirst: Edge[][] = tokens.map(() => []);
  const maxJoin = 2 * lists.longest + AFFIX_ROOM;

  let budget = JOIN_BUDGET;
  let crowded = false;
  tokens.forEach((t, i) => {
    byFirst[i]!.push({ first: i, last: i, hits: hitsOf(t.text, lists, memo) });
    // A word broken by spaces or punctuation: join neighbours while one side of each gap
    // is a lone letter (no Arabic word is one letter apart from و, which is a clitic).
    let joined = t.text;
    for (let j = i + 1; j < tokens.length; j++) {
      const prev = tokens[j - 1]!;
      const next = tokens[j]!;
      const gap = n.text.slice(prev.end, next.start);
      if (gap.length > MAX_GAP || gap.includes("\n")) break;
      if (prev.text.length > 1 && next.text.length > 1) break;
      joined += next.text;
      if (joined.length > maxJoin) break;
      const can = ARABIC_ONLY.test(joined) ? viable(joined, lists) : LATIN_ONLY.test(joined) ? latinViable(joined, lists) : "yes";
      if (can === "never") break;
      if (can === "not yet") continue;
      if (--budget < 0) {
        crowded = true;
        break;
      }
      byFirst[i]!.push({ first: i, last: j, hits: hitsOf(joined, lists, memo) });
    }
  });

  const found: { entry: number; first: number; last: number }[] = [];
  const usable = (h: Hit) => !(h.affixed && lists.entries[h.entry]!.exact);
  // Depth-first along the edges for the rest of a phrase.
  const rest = (entry: number, pos: number, from: number): number | null => {
    const e = lists.entries[entry]!;
    if (pos === e.words.length) return from - 1;
    for (const edge of byFirst[from] ?? []) {
      for (const h of edge.hits) {
        if (h.entry !== entry || h.pos !== pos || !usable(h)) continue;
        const end = rest(entry, pos + h.span, edge.last + 1);
        if (end !== null) return end;
      }
    }
    return null;
  };
  for (const kind of ["banned", "suspect"] as const) {
    for (const edges of byFirst) {
      for (const edge of edges) {
        for (const h of edge.hits) {
          if (h.pos !== 0 || !usable(h) || lists.entries[h.entry]!.kind !== kind) continue;
          const last = rest(h.entry, h.span, edge.last + 1);
          if (last === null) continue;
          found.push({ entry: h.entry, first: edge.first, last });
          if (firstOnly) return Object.assign(toMatches(found, lists, tokens, n, text), { crowded });
        }
      }
    }
  }
  return Object.assign(toMatches(found, lists, tokens, n, text), { crowded });
}

function toMatches(found: { entry: number; first: number; last: number }[], lists: CompiledLists, tokens: Token[], n: ReturnType<typeof normalizeWithMap>, text: string): ListMatch[] {
  return found.map(({ entry, first, last }) => {
    const e = lists.entries[entry]!;
    const from = n.from[tokens[first]!.start]!;
    const to = n.to[tokens[last]!.end - 1]!;
    return { kind: e.kind, entry: e.text, form: text.slice(from, to) };
  });
}

/**
 * The first match, banned before suspect, or null; `crowded` when the text has so many
 * lone letters that not every broken word in it could be read (hold it for a person).
 */
export function findListed(text: string, lists: CompiledLists): { match: ListMatch | null; crowded: boolean } {
  const all = findAll(text, lists, true);
  return { match: all[0] ?? null, crowded: all.crowded === true };
}

/** The first listed entry found in the text (as its normalised words), or null. */
export function findListedWord(text: string, list: readonly (string | ListedWord)[]): string | null {
  const { match } = findListed(text, compileLists({ banned: list }));
  return match ? words(match.entry).join(" ") : null;
}

/** Normalised words joined by single spaces: two texts that read the same share one key. */
export function textKey(text: string): string {
  return words(text).join(" ");
}
