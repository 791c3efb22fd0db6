import { baghdadDay } from "@/lib/dates/format";

// Day windows of the desk's statistics (decision 197), in Baghdad days: the same calendar
// the view buffer writes ArticleViewDay under (lib/views/buffer.ts). Baghdad keeps UTC+3
// all year, so "N days ago" is N × 24 hours back. Pure: unit-tested alone.

const DAY_MS = 24 * 3600_000;

export type Windows = { today: string; week: string; month: string; days: string[] };

/** Today, the first day of the last 7 and of the last 30 (both including today), and those 30 days oldest first. */
export function windows(now = new Date()): Windows {
  const days = Array.from({ length: 30 }, (_, i) => baghdadDay(new Date(now.getTime() - (29 - i) * DAY_MS)));
  return { today: days[29]!, week: days[23]!, month: days[0]!, days };
}

/** A series over `days` from sparse (day, count) rows: missing days are zero reads. */
export function series(days: string[], rows: { day: string; count: number }[]): { day: string; count: number }[] {
  const by = new Map<string, number>();
  for (const r of rows) by.set(r.day, (by.get(r.day) ?? 0) + r.count);
  return days.map((day) => ({ day, count: by.get(day) ?? 0 }));
}

/** Reads today, in the last 7 and the last 30 days, from a series of the last 30. */
export function totals(s: { day: string; count: number }[], w: Windows) {
  let today = 0;
  let week = 0;
  let month = 0;
  for (const p of s) {
    if (p.day < w.month) continue;
    month += p.count;
    if (p.day >= w.week) week += p.count;
    if (p.day === w.today) today += p.count;
  }
  return { today, week, month };
}
