/** An address of the library list with its filters (GET forms, pager, links back). */
export function libraryPath(p: { q?: string; by?: string; month?: string; page?: number }): string {
  const qs = new URLSearchParams();
  if (p.q) qs.set("q", p.q);
  if (p.by) qs.set("by", p.by);
  if (p.month) qs.set("month", p.month);
  if (p.page && p.page > 1) qs.set("page", String(p.page));
  const s = qs.toString();
  return s ? `/admin/media?${s}` : "/admin/media";
}

const MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

/** "2026-11" → «تشرين الثاني 2026», the month names the paper prints. */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${MONTHS[m - 1] ?? month} ${y}`;
}
