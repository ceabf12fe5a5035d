import { DateTime } from "luxon";

/**
 * The Umm al-Qura Hijri calendar as ICU (built into Node.js) computes it. Chosen over npm packages
 * because it needs no dependency and, of the calendars checked, it alone gives every Eid date the
 * Cabinet of Ministers announced for 2020–2026 (docs/research/holidays-2020-2030.md, §5). Azerbaijan
 * does not follow it by rule, so its dates are only expected until announced.
 */
const CALENDAR = "islamic-umalqura";
const format = new Intl.DateTimeFormat(`en-u-ca-${CALENDAR}`, {
  timeZone: "UTC",
  month: "numeric",
  day: "numeric",
});

/** Node built with a reduced ICU falls back to the Gregorian calendar without a word: refuse that. */
export function checkHijriCalendar(): void {
  const { calendar } = format.resolvedOptions();
  if (calendar !== CALENDAR) {
    throw new Error(
      `This Node.js has no ${CALENDAR} calendar (ICU gave "${calendar}"); expected dates of the ` +
        "Eids cannot be computed. Use an official Node.js build, which has full ICU.",
    );
  }
}

const cache = new Map<string, string[]>();

/** The Gregorian dates in `year` on which a Hijri month and day fall (none, one, or two). */
export function hijriDatesIn(year: number, month: number, day: number): string[] {
  const key = `${year}-${month}-${day}`;
  let dates = cache.get(key);
  if (!dates) {
    dates = [];
    const end = DateTime.utc(year, 12, 31);
    for (let d = DateTime.utc(year, 1, 1); d <= end; d = d.plus({ days: 1 })) {
      const parts = format.formatToParts(d.toJSDate());
      const value = (type: string) => Number(parts.find((p) => p.type === type)!.value);
      if (value("month") === month && value("day") === day) dates.push(d.toISODate()!);
    }
    cache.set(key, dates);
  }
  return dates;
}

const yearFormat = new Intl.DateTimeFormat(`en-u-ca-${CALENDAR}`, {
  timeZone: "UTC",
  year: "numeric",
});

/** The Hijri year a Gregorian date falls in (1448 for 2026-11-27). */
export function hijriYear(date: string): number {
  const parts = yearFormat.formatToParts(DateTime.fromISO(date, { zone: "utc" }).toJSDate());
  return Number(parts.find((p) => p.type === "year")!.value);
}
