// The masthead's date line, as Arabic papers print it: the day in the Gregorian calendar
// and in the Hijri (Umm al-Qura) calendar, both in the site's time zone (Baghdad).
import { SITE_TIME_ZONE, baghdadDay, partsOf } from "./format";

const gregorian = new Intl.DateTimeFormat("ar-EG-u-nu-latn", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: SITE_TIME_ZONE,
});

const hijri = new Intl.DateTimeFormat("ar-SA-u-ca-islamic-umalqura-nu-latn", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: SITE_TIME_ZONE,
});

export type Dateline = {
  /** "2026-12-03": the Baghdad calendar day, for <time dateTime>. */
  day: string;
  /** "الخميس، 3 ديسمبر 2026" */
  gregorian: string;
  /** "23 جمادى الآخرة 1448 هـ" */
  hijri: string;
};

/** The date line for the Baghdad day that `now` falls on. */
export function dateline(now: Date): Dateline {
  const g = partsOf(gregorian, now);
  const h = partsOf(hijri, now);
  return {
    day: baghdadDay(now),
    gregorian: `${g.weekday}، ${g.day} ${g.month} ${g.year}`,
    hijri: `${h.day} ${h.month} ${h.year} هـ`,
  };
}
