// Calendar day and wall time from <input type="date"> / <input type="time">, checked
// strictly: "2026-02-31" or "99:99" is refused, never rolled over by Date (issue 9).

export const DAY_MESSAGE = "اختر تاريخاً صحيحاً.";
export const TIME_MESSAGE = "اختر وقتاً صحيحاً (ساعة من 00 إلى 23 ودقيقة من 00 إلى 59).";

export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= last;
}

export function isWallTime(s: string): boolean {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (!m) return false;
  return Number(m[1]) <= 23 && Number(m[2]) <= 59 && (m[3] === undefined || Number(m[3]) <= 59);
}
