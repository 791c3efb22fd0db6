import { normalizeArabic } from "@/lib/arabic/normalize";

// Tag autocomplete: the names a writer types are matched against existing tags through the one
// Arabic normaliser (hamza seats, ة/ه, ى/ي, marks, tatweel, digits), so «الإنتخابات» finds
// «الانتخابات» instead of becoming a second tag. A leading «ال» is optional on either side.

const key = (s: string) => normalizeArabic(s).replace(/\s+/g, " ").trim();
const bare = (k: string) => k.split(" ").map((w) => (w.length > 3 && w.startsWith("ال") ? w.slice(2) : w)).join(" ");

/** The existing tag this name means (same words once normalised), if any. */
export function sameTag(name: string, existing: readonly string[]): string | undefined {
  const k = bare(key(name));
  if (!k) return undefined;
  return existing.find((t) => bare(key(t)) === k);
}

/** Existing tags for what was typed so far: same tag first, then those starting with it, then containing it. */
export function suggestTags(query: string, existing: readonly string[], exclude: readonly string[] = [], limit = 8): string[] {
  const q = key(query);
  if (!q) return [];
  const qb = bare(q);
  const skip = new Set(exclude.map((t) => key(t)));
  const ranked: [number, string][] = [];
  for (const t of existing) {
    const k = key(t);
    if (skip.has(k)) continue;
    const kb = bare(k);
    const rank = kb === qb ? 0 : k.startsWith(q) || kb.startsWith(qb) ? 1 : k.includes(q) || kb.includes(qb) ? 2 : -1;
    if (rank >= 0) ranked.push([rank, t]);
    if (ranked.length > 2000) break;
  }
  return ranked
    .sort((a, b) => a[0] - b[0])
    .slice(0, limit)
    .map(([, t]) => t);
}
