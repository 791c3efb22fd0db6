// A Baghdad day ("2026-12-03") as the dashboard prints it: "3 ديسمبر". The day string is
// already a Baghdad calendar day, so it is formatted as a plain date in UTC (no shift).
const fmt = new Intl.DateTimeFormat("ar-EG-u-nu-latn", { day: "numeric", month: "long", timeZone: "UTC" });

export function formatDayShort(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : fmt.format(d);
}
