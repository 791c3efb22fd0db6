// Text that JavaScript can hold but UTF-8 cannot: a lone surrogate ("\ud800") arrives through
// JSON escapes or FormData and breaks the database driver and every encoder after it. No zod
// here: the reader's comment form runs these checks in the browser (lib/comments/rules.ts).

export const MALFORMED_TEXT = "النص يحوي رموزاً غير صالحة.";

/** True when the string is valid Unicode (no unpaired surrogate). */
export function isWellFormed(s: string): boolean {
  const native = (s as { isWellFormed?: () => boolean }).isWellFormed;
  return typeof native === "function" ? native.call(s) : !/\p{Cs}/u.test(s);
}

/** Every string (keys included) anywhere inside a parsed JSON value is well formed. */
export function deepWellFormed(v: unknown, depth = 0): boolean {
  if (typeof v === "string") return isWellFormed(v);
  if (depth > 64) return false;
  if (Array.isArray(v)) return v.every((x) => deepWellFormed(x, depth + 1));
  if (v && typeof v === "object") return Object.entries(v).every(([k, x]) => isWellFormed(k) && deepWellFormed(x, depth + 1));
  return true;
}
