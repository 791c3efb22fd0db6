import { normalizeArabic } from "@/lib/arabic/normalize";

/** The library's search column: every field a person may search by, normalised as site search is. */
export function mediaSearchText(m: { caption?: string | null; alt?: string | null; credit?: string | null; originalName?: string | null }): string {
  return normalizeArabic([m.caption, m.alt, m.credit, m.originalName].filter(Boolean).join(" \n ")).replace(/\s+/g, " ").trim();
}
