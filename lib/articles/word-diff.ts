import { diffArrays } from "diff";

export type DiffPart = { value: string; added?: boolean; removed?: boolean };

// Words as a reader sees them: Intl.Segmenter knows Arabic letters (and their marks) are word
// characters, where the diff library's own word splitter cuts Arabic text letter by letter.
const words = new Intl.Segmenter("ar", { granularity: "word" });
const tokens = (s: string) => Array.from(words.segment(s), (x) => x.segment);

/**
 * Word-level difference of two texts, Arabic-aware. Changed words separated only by spaces
 * are shown as one deleted phrase and one inserted phrase, not as alternating single words.
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  const out: DiffPart[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    if (del) out.push({ value: del, removed: true });
    if (ins) out.push({ value: ins, added: true });
    del = ins = "";
  };
  const parts = diffArrays(tokens(a), tokens(b));
  parts.forEach((p, i) => {
    const value = p.value.join("");
    if (p.removed) del += value;
    else if (p.added) ins += value;
    else if ((del || ins) && /^\s+$/u.test(value) && (parts[i + 1]?.added || parts[i + 1]?.removed)) {
      // A space between two changes belongs to both sides of the changed phrase.
      del += value;
      ins += value;
    } else {
      flush();
      out.push({ value });
    }
  });
  flush();
  return out;
}
