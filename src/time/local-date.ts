import { DateTime } from "luxon";
import type { IsoDate } from "../model/iso-date.js";

// A tick asks for the local date of one instant in a few zones, for every due subscription: remember
// the answers for the last instant asked about.
let lastInstant = Number.NaN;
const datesByZone = new Map<string, IsoDate>();

/** The local date of an instant in an IANA time zone. */
export function localDate(instant: DateTime, zone: string): IsoDate {
  const ms = instant.toMillis();
  if (ms !== lastInstant) {
    lastInstant = ms;
    datesByZone.clear();
  }
  let date = datesByZone.get(zone);
  if (date === undefined) datesByZone.set(zone, (date = instant.setZone(zone).toISODate()!));
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return DateTime.fromISO(date, { zone: "utc" }).plus({ days }).toISODate()!;
}

/** The ISO weekday of a date: 1 Monday … 7 Sunday. */
export const isoWeekday = (date: IsoDate): number =>
  DateTime.fromISO(date, { zone: "utc" }).weekday;

/** The start of a local date in a zone, as an instant. */
export function startOfLocalDay(date: IsoDate, zone: string): DateTime {
  return DateTime.fromISO(date, { zone });
}
