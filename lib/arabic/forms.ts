import { STEM_PREFIXES, STEM_SUFFIXES } from "./stem";

// The forms a listed word takes in running text, for the comment filters: the light
// stemmer's affixes (stem.ts, the same lists the search uses) plus the clitics and pronoun
// suffixes it leaves out, peeled only in combinations Arabic grammar allows. Input is
// normalised text (normalize.ts: ة is ه, ى is ي). See docs/decisions/040.

export type Form = { key: string; affixed: boolean };

type Prefix = { text: string; article: boolean };
type Suffix = { text: string; pronoun: boolean; feminine: boolean };

// Proclitics: a conjunction (و، ف), then a preposition (ب، ك، ل), then the article.
function buildPrefixes(): Prefix[] {
  const out = new Map<string, Prefix>();
  for (const conj of ["", "و", "ف"])
    for (const prep of ["", "ب", "ك", "ل"])
      for (const art of ["", "ال"]) {
        const text = prep === "ل" && art === "ال" ? `${conj}لل` : conj + prep + art;
        if (text) out.set(text, { text, article: art !== "" });
      }
  return [...out.values()].sort((a, b) => b.text.length - a.text.length);
}

const PRONOUNS = ["ي", "ك", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا"];

// Suffixes: number and gender endings (allowed after the article), pronouns (never after
// it: "الكلبي" is the historian Ibn al-Kalbi, not "my dog"), and both together. A word
// ending in ة (ه here) shows ت before any ending: كلبة → كلبتها، كلبات.
function buildSuffixes(): Suffix[] {
  const out = new Map<string, Suffix>();
  const add = (text: string, pronoun: boolean, feminine: boolean) => {
    if (!out.has(text)) out.set(text, { text, pronoun, feminine });
  };
  for (const s of ["ه", "ان", "ين", "ون"]) add(s, false, false);
  for (const s of ["ات", "تان", "تين"]) add(s, false, true);
  for (const p of PRONOUNS) {
    add(p, true, false);
    add(`ت${p}`, true, true);
    add(`ات${p}`, true, true);
  }
  return [...out.values()].sort((a, b) => b.text.length - a.text.length);
}

export const FORM_PREFIXES: readonly Prefix[] = buildPrefixes();
export const FORM_SUFFIXES: readonly Suffix[] = buildSuffixes();

/**
 * Stemmer suffixes the filter does not peel: "يه"/"ي" after the article make the
 * relative adjective (كلبية، الكلبي), a different word from the listed noun.
 */
export const NOT_PEELED = ["يه"];

// Indexed by the letter a suffix ends with, so a word tries only the suffixes it can have.
const SUFFIXES_BY_LAST = new Map<string, Suffix[]>();
for (const s of FORM_SUFFIXES) {
  const last = s.text.at(-1)!;
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), s]);
}
const PREFIXES_BY_FIRST = new Map<string, Prefix[]>();
for (const p of FORM_PREFIXES) {
  const first = p.text[0]!;
  PREFIXES_BY_FIRST.set(first, [...(PREFIXES_BY_FIRST.get(first) ?? []), p]);
}

const NO_PREFIX: Prefix = { text: "", article: false };

// Words repeat endlessly across comments: each distinct word is analysed once (bounded).
const memo = new Map<string, readonly string[]>();
const MEMO_MAX = 50_000;

/**
 * The cores of one normalised word after removing clitics and suffixes in allowed
 * combinations (not the word itself). Empty for a word with no affix.
 */
export function affixedForms(word: string): readonly string[] {
  const known = memo.get(word);
  if (known) return known;
  const out: string[] = [];
  const push = (key: string) => {
    if (key !== word && !out.includes(key)) out.push(key);
  };
  const suffixes = SUFFIXES_BY_LAST.get(word.at(-1) ?? "") ?? [];
  for (const p of [NO_PREFIX, ...(PREFIXES_BY_FIRST.get(word[0] ?? "") ?? [])]) {
    if (p.text && !word.startsWith(p.text)) continue;
    const rest = word.slice(p.text.length);
    // The article alone leaves at least 2 letters (decision 031); a single-letter clitic
    // or any suffix at least 3, so "ورد" is never و + a listed "رد".
    if (p.text && rest.length < (p.text.endsWith("ال") || p.text.endsWith("لل") ? 2 : 3)) continue;
    if (p.text) push(rest);
    for (const s of suffixes) {
      if (p.article && s.pronoun) continue;
      if (rest.length - s.text.length < 3 || !rest.endsWith(s.text)) continue;
      const core = rest.slice(0, -s.text.length);
      push(core);
      if (s.feminine) push(`${core}ه`);
    }
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(word, out);
  return out;
}

/** Every reading of one normalised word: itself, then each core left by a clitic/suffix split. */
export function formsOf(word: string): Form[] {
  return [{ key: word, affixed: false }, ...affixedForms(word).map((key) => ({ key, affixed: true }))];
}

// Kept next to the lists so a test can check the filter peels what the search stems.
export const STEMMER_AFFIXES = { prefixes: STEM_PREFIXES, suffixes: STEM_SUFFIXES };
