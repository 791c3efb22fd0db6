import { isWellFormed } from "@/lib/validation/unicode";

// Path segments of dynamic routes (decision 094). Next decodes a segment once before it
// reaches us; a path it cannot decode (a lone "%", "%ZZ", "%u0041", an overlong or
// surrogate UTF-8 sequence) is answered by scripts/serve.mjs with our 404 page before Next
// sees it. Here, every dynamic route turns what it is given into a clean value or null
// (→ 404): never a throw, never a second decoding of what Next already decoded.

// Characters no slug, id or file name of ours contains; seeing one means "no such page".
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\]/;

/** A segment as Next passed it (already decoded), checked; null when it cannot name anything. */
export function pathSegment(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 1024) return null;
  if (!isWellFormed(raw) || FORBIDDEN.test(raw)) return null;
  return raw.normalize("NFC");
}

/**
 * A slug segment (sections, tags, authors, supplements, article slugs). Our slugs are letters,
 * digits and hyphens, so a "%" left after Next's decoding means the address was encoded
 * twice: it is decoded once more when that is valid, never thrown on.
 */
export function slugSegment(raw: unknown): string | null {
  const v = pathSegment(raw);
  if (v === null || !v.includes("%")) return v;
  try {
    return pathSegment(decodeURIComponent(v));
  } catch {
    return null;
  }
}

/** Positive integer ids in our tables (SQLite INTEGER, kept within 32 bits as Prisma's Int). */
export const MAX_ID = 2_147_483_647;

/** A segment that must be a row id: ASCII or Arabic-Indic digits, 1…2^31−1. */
export function idSegment(raw: unknown): number | null {
  const v = slugSegment(raw);
  if (v === null) return null;
  const latin = v.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  if (!/^\d{1,10}$/.test(latin)) return null;
  const id = Number(latin);
  return id > 0 && id <= MAX_ID ? id : null;
}

/** A catch-all segment list (e.g. /media/<dir>/<file>): each part checked, none decoded again. */
export function pathSegments(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > 16) return null;
  const out: string[] = [];
  for (const p of raw) {
    const v = pathSegment(p);
    if (v === null || v === "." || v === ".." || v.includes("/")) return null;
    out.push(v);
  }
  return out;
}
