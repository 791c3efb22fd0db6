import { z } from "@/lib/validation/zod";
import { MAX_QUERY_CHARS } from "./query";

// The search's GET parameters, shared by the reader page (/search) and the JSON API
// (/api/search): q, page, section (a slug), from and to (calendar days in Baghdad,
// YYYY-MM-DD, both included) and sort («الأصلح» relevance, the default, or «الأحدث» newest).
// The page ignores a value it cannot use and says so in Arabic; the API refuses it with 400
// and the same message. A long query is cut, not refused (readers paste whole paragraphs).

export const SORTS = { relevance: "الأصلح", newest: "الأحدث" } as const;
export type Sort = keyof typeof SORTS;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day between 1900 and 2200 ("2026-02-30" is not one). */
export function isCalendarDay(v: string): boolean {
  const m = DAY.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The instant a Baghdad calendar day starts (UTC+3 all year since 2008). */
export function baghdadDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+03:00`);
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const text = z.preprocess(first, z.string().optional());

export const MESSAGES = {
  page: "رقم الصفحة غير صالح.",
  sort: "طريقة الترتيب غير معروفة.",
  section: "اسم القسم غير صالح.",
  from: "تاريخ «من» غير صالح: اكتبه بالصيغة 2026-11-30.",
  to: "تاريخ «إلى» غير صالح: اكتبه بالصيغة 2026-11-30.",
} as const;

export const searchQuerySchema = z.object({
  q: text.transform((v) => (v ?? "").slice(0, MAX_QUERY_CHARS).replace(/\p{Cs}/gu, "").trim()),
  page: text.refine((v) => v === undefined || /^[1-9]\d{0,5}$/.test(v), MESSAGES.page).transform((v) => (v === undefined ? 1 : Number(v))),
  sort: text
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || Object.hasOwn(SORTS, v), MESSAGES.sort)
    .transform((v) => (v ?? "relevance") as Sort),
  section: text
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || /^[\p{L}\p{N}-]{1,100}$/u.test(v), MESSAGES.section),
  from: text.transform((v) => (v === "" ? undefined : v)).refine((v) => v === undefined || isCalendarDay(v), MESSAGES.from),
  to: text.transform((v) => (v === "" ? undefined : v)).refine((v) => v === undefined || isCalendarDay(v), MESSAGES.to),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export type SearchParams = {
  q: string;
  page: number;
  sort: Sort;
  section: string | null;
  /** Baghdad days as typed (both included), earlier first. */
  from: string | null;
  to: string | null;
};

/**
 * The reader page's reading of its query string: every field that does not parse is left
 * out (its default used) and its Arabic message returned, never thrown.
 */
export function readSearchParams(raw: Record<string, string | string[] | undefined>): { params: SearchParams; problems: string[] } {
  const problems: string[] = [];
  const field = <K extends keyof SearchQuery>(key: K, fallback: SearchQuery[K]): SearchQuery[K] => {
    const r = searchQuerySchema.shape[key].safeParse(raw[key]);
    if (r.success) return r.data as SearchQuery[K];
    problems.push(r.error.issues[0]?.message ?? MESSAGES[key as keyof typeof MESSAGES]);
    return fallback;
  };
  let from = field("from", undefined) ?? null;
  let to = field("to", undefined) ?? null;
  if (from && to && from > to) {
    [from, to] = [to, from];
    problems.push("كان تاريخ «من» بعد تاريخ «إلى»، فبدّلنا بينهما.");
  }
  return {
    params: { q: field("q", ""), page: field("page", 1), sort: field("sort", "relevance"), section: field("section", undefined) ?? null, from, to },
    problems,
  };
}

/** The engine's date bounds for a day range: from the start of `from` to the end of `to`. */
export function dayRange(from: string | null, to: string | null): { from: Date | null; to: Date | null } {
  return {
    from: from ? baghdadDayStart(from) : null,
    to: to ? new Date(baghdadDayStart(to).getTime() + 86_400_000) : null,
  };
}

/** The address of a search (defaults left out), for links, pagers and «هل تقصد». */
export function searchHref(p: Partial<SearchParams> & { q: string }): string {
  const u = new URLSearchParams({ q: p.q });
  if (p.section) u.set("section", p.section);
  if (p.from) u.set("from", p.from);
  if (p.to) u.set("to", p.to);
  if (p.sort && p.sort !== "relevance") u.set("sort", p.sort);
  if (p.page && p.page > 1) u.set("page", String(p.page));
  return `/search?${u.toString()}`;
}
