// Human-readable Arabic slugs. The numeric id is the key; the slug is decoration
// that may change freely (old forms redirect).
const MAX_WORDS = 10;
const MAX_LENGTH = 90;

export function slugify(title: string): string {
  const words =
    title
      .normalize("NFC")
      .replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F\uFEFF]/g, "")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  let slug = "";
  for (const w of words.slice(0, MAX_WORDS)) {
    const next = slug ? `${slug}-${w.toLowerCase()}` : w.toLowerCase();
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug || "مقال";
}
