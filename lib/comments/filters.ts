import { findListedWord } from "@/lib/arabic/match";

// Automatic checks on a comment's text. Banned words refuse the comment; suspect words
// and links hold it for a moderator even under post-moderation.

const LINK =
  /(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+\.(?:com|net|org|info|biz|io|co|me|ly|xyz|ru|iq|tk|top|site|online|app|link|gl|to|cc|tv|sa|ae|eg)\b/iu;

export type FilterResult = { verdict: "refuse"; word: string } | { verdict: "hold"; reason: string } | { verdict: "pass" };

export function hasLink(text: string): boolean {
  return LINK.test(text);
}

export function checkText(text: string, lists: { bannedWords: readonly string[]; suspectWords: readonly string[] }): FilterResult {
  const banned = findListedWord(text, lists.bannedWords);
  if (banned) return { verdict: "refuse", word: banned };
  const suspect = findListedWord(text, lists.suspectWords);
  if (suspect) return { verdict: "hold", reason: `كلمة مشبوهة: ${suspect}` };
  if (hasLink(text)) return { verdict: "hold", reason: "يحتوي رابطاً" };
  return { verdict: "pass" };
}
