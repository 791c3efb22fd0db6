// Dates as the paper prints them: "1 أغسطس, 2024: 12:22 ص", always in Baghdad time.
export const SITE_TIME_ZONE = "Asia/Baghdad";

const dateTimeFormat = new Intl.DateTimeFormat("ar-EG-u-nu-latn", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h12",
  timeZone: SITE_TIME_ZONE,
});

/** A formatter's parts by type ({ day: "1", month: "أغسطس", … }). */
export function partsOf(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of format.formatToParts(date)) out[p.type] = p.value;
  return out;
}

const parts = (date: Date) => partsOf(dateTimeFormat, date);

/** "1 أغسطس, 2024: 12:22 ص" */
export function formatArabicDateTime(date: Date): string {
  const p = parts(date);
  const hour = (p.hour ?? "").padStart(2, "0");
  return `${p.day} ${p.month}, ${p.year}: ${hour}:${p.minute} ${p.dayPeriod}`;
}

/** "1 أغسطس, 2024" */
export function formatArabicDate(date: Date): string {
  const p = parts(date);
  return `${p.day} ${p.month}, ${p.year}`;
}

/** "12:22 ص" — for lists of today's headlines. */
export function formatArabicTime(date: Date): string {
  const p = parts(date);
  return `${(p.hour ?? "").padStart(2, "0")}:${p.minute} ${p.dayPeriod}`;
}

/** The article date line: "نشر في: 1 أغسطس, 2024: 12:22 ص" */
export function publishedLine(date: Date): string {
  return `نشر في: ${formatArabicDateTime(date)}`;
}

const ymd = new Intl.DateTimeFormat("en-CA", {
  timeZone: SITE_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Baghdad calendar day of an instant, "2024-08-01". */
export function baghdadDay(date: Date): string {
  return ymd.format(date);
}

const hm = new Intl.DateTimeFormat("en-GB", { timeZone: SITE_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** The Baghdad wall-clock time of an instant, "09:30" (what a time field shows). */
export function baghdadTime(date: Date): string {
  return hm.format(date);
}

/**
 * The instant of a wall-clock time in Baghdad ("2026-12-01", "09:30").
 * Baghdad has kept UTC+3 without daylight saving since 2008.
 */
export function baghdadWallTimeToDate(day: string, time: string): Date {
  return new Date(`${day}T${time.length === 5 ? `${time}:00` : time}+03:00`);
}

/** ISO 8601 with the Baghdad offset, for structured data. */
export function isoWithBaghdadOffset(date: Date): string {
  const shifted = new Date(date.getTime() + 3 * 3600_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, "+03:00");
}
