import { compileLists, findListed, type CompiledLists, type ListedWord } from "@/lib/arabic/match";

// Automatic checks on a comment's text. Banned words refuse the comment; suspect words
// and links hold it for a moderator even under post-moderation. Both lists go through the
// one matcher (lib/arabic/match.ts), so a dodge that hides a banned word hides nothing
// from the suspect list either.

const LINK =
  /(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+\.(?:com|net|org|info|biz|io|co|me|ly|xyz|ru|iq|tk|top|site|online|app|link|gl|to|cc|tv|sa|ae|eg)\b/iu;

export type FilterResult =
  | { verdict: "refuse"; word: string; form: string }
  | { verdict: "hold"; reason: string; word?: string; form?: string }
  | { verdict: "pass" };

export type WordLists = { bannedWords: readonly (string | ListedWord)[]; suspectWords: readonly (string | ListedWord)[] };

export function hasLink(text: string): boolean {
  return LINK.test(text);
}

// Settings are read fresh for every comment; the compiled tables are kept while the
// lists stay the same.
let last: { key: string; compiled: CompiledLists } | null = null;
function compiled(lists: WordLists): CompiledLists {
  const key = JSON.stringify([lists.bannedWords, lists.suspectWords]);
  if (last?.key !== key) last = { key, compiled: compileLists({ banned: lists.bannedWords, suspect: lists.suspectWords }) };
  return last.compiled;
}

const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** A matched form as moderators should read it: invisible characters named, length bounded. */
export function visibleForm(form: string): string {
  const shown = form.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`);
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}

/** «كلب» ← «ك ل ب»: the listed word, then what the reader wrote when it differs. */
export function describeMatch(word: string, form: string): string {
  const shown = visibleForm(form);
  return shown === word ? `«${word}»` : `«${word}» ← «${shown}»`;
}

export function checkText(text: string, lists: WordLists): FilterResult {
  const { match: m, crowded } = findListed(text, compiled(lists));
  if (m?.kind === "banned") return { verdict: "refuse", word: m.entry, form: m.form };
  if (m) return { verdict: "hold", reason: `كلمة مشبوهة: ${describeMatch(m.entry, m.form)}`, word: m.entry, form: m.form };
  if (crowded) return { verdict: "hold", reason: "حروف مفرّقة كثيرة لا يمكن فحصها كلها" };
  if (hasLink(text)) return { verdict: "hold", reason: "يحتوي رابطاً" };
  return { verdict: "pass" };
}
