// The one analysis chain shared by the index (lib/search/text.ts) and queries
// (lib/search/query.ts): normalise, split into words, light-stem each word.
// No server-only import: tsx scripts and the e2e helpers use it too.
import { words } from "../arabic/normalize";
import { stemArabic } from "../arabic/stem";

/** Search terms of a text, in order (duplicates kept). */
export function terms(text: string | null | undefined): string[] {
  if (!text) return [];
  return words(text).map(stemArabic);
}

/** Space-separated terms: the form stored in the FTS table and read by its tokenizer. */
export function analyze(text: string | null | undefined): string {
  return terms(text).join(" ");
}
