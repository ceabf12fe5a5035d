import { DateTime } from "luxon";
import type { Calendar } from "../model/calendar-schema.js";
import { hijriDatesIn } from "./hijri.js";
import { perYear } from "./recent-years.js";
import { snapshotOf } from "./live-calendar.js";
import { addDays } from "../time/local-date.js";
import { type IsoDate } from "../model/iso-date.js";
import { KINDS, type Observance } from "../model/calendar-schema.js";

export interface Occurrence {
  date: IsoDate;
  observance: Observance;
  /** Its names that year (a day renamed later shows the name it had then). */
  names: Observance["names"];
  /** Years since the commemorated event, or null where the day commemorates no dated event. */
  anniversary: number | null;
  /** The first date of the holiday (the same as `date` for a one-day observance). */
  start: IsoDate;
  /** Which day of the holiday `date` is (1-based), of `days`. */
  day: number;
  days: number;
  /** Computed, not yet announced: a movable day for a year the Cabinet has not decided yet. */
  expected: boolean;
}

function firstYear(o: Observance): number {
  if (o.firstObserved) return o.firstObserved;
  const afterEvent = o.event ? Number(o.event.slice(0, 4)) + 1 : -Infinity;
  return Math.max(o.established ?? -Infinity, afterEvent);
}

function anniversaryNumber(o: Observance, date: IsoDate): number | null {
  if (!o.event) return null;
  const years = Number(date.slice(0, 4)) - Number(o.event.slice(0, 4));
  return years >= 1 ? years : null;
}

interface Span {
  start: IsoDate;
  days: number;
  expected: boolean;
}

/** The element of a "former" list in force in `year`: the earliest whose `until` is after it. */
export function formerIn<T extends { until: number }>(
  list: readonly T[],
  year: number,
): T | undefined {
  return list.filter((f) => year < f.until).sort((a, b) => a.until - b.until)[0];
}

/** The holidays of an observance that start in `year`. */
function spansStartingIn(o: Observance, year: number): Span[] {
  if (year < firstYear(o) || year > (o.lastObserved ?? Infinity)) return [];
  const days = formerIn(o.formerDays, year)?.days ?? o.date.days;
  if ("hijri" in o.date) {
    const { announced, hijri } = o.date;
    const lastAnnounced = Number(announced.at(-1)?.start.slice(0, 4) ?? -Infinity);
    if (year <= lastAnnounced) {
      return announced
        .filter((a) => a.start.startsWith(`${year}-`))
        .map((a) => ({ start: a.start, days, expected: false }));
    }
    return hijriDatesIn(year, hijri.month, hijri.day).map((start) => ({
      start,
      days,
      expected: true,
    }));
  }
  const date = DateTime.utc(year, o.date.month, o.date.day);
  // 29 February exists only in leap years; luxon reports the others as invalid.
  if (!date.isValid || date.month !== o.date.month) return [];
  return [{ start: date.toISODate()!, days, expected: false }];
}

type Day = Pick<Occurrence, "date" | "start" | "day" | "days" | "expected">;

// Look-ups ask for the same observances' years again and again: keep the last few years of each.
const daysByObservance = new WeakMap<Observance, Map<number, Day[]>>();

/** Every day of the observance's holidays that falls in `year`, of one begun the year before too. */
const daysInYear = (o: Observance, year: number): Day[] =>
  perYear(daysByObservance, o, year, () => computeDaysInYear(o, year));

function computeDaysInYear(o: Observance, year: number): Day[] {
  const result: Day[] = [];
  for (const span of [...spansStartingIn(o, year - 1), ...spansStartingIn(o, year)]) {
    for (let day = 1; day <= span.days; day++) {
      const date = addDays(span.start, day - 1);
      if (date.startsWith(`${year}-`)) result.push({ ...span, date, day });
    }
  }
  return result;
}

const kindRank = (o: Observance) => KINDS.indexOf(o.kind);

/** The day's names in the year of `date`: a former name for the years before it was renamed. */
function namesIn(o: Observance, date: IsoDate): Observance["names"] {
  return formerIn(o.formerNames, Number(date.slice(0, 4)))?.names ?? o.names;
}

/** Every occurrence from `from` to `to`, both inclusive, by date and then by kind (holidays first). */
export function occurrencesBetween(calendar: Calendar, from: IsoDate, to: IsoDate): Occurrence[] {
  const result: Occurrence[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const o of calendar.observances) {
      for (const day of daysInYear(o, year)) {
        if (day.date >= from && day.date <= to) {
          result.push({
            ...day,
            observance: o,
            names: namesIn(o, day.date),
            anniversary: anniversaryNumber(o, day.date),
          });
        }
      }
    }
  }
  const order = new Map(calendar.observances.map((o, i) => [o.id, i]));
  return result.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      kindRank(a.observance) - kindRank(b.observance) ||
      order.get(a.observance.id)! - order.get(b.observance.id)!,
  );
}

// The scheduler asks "what is on this date?" for many dates and subscriptions: index each year once.
// Look-ups may ask for any year, so only the most recently used few are kept.
const yearIndexes = new WeakMap<Calendar, Map<number, Map<IsoDate, Occurrence[]>>>();

function yearIndex(calendar: Calendar, year: number): Map<IsoDate, Occurrence[]> {
  return perYear(yearIndexes, snapshotOf(calendar), year, () => {
    const index = new Map<IsoDate, Occurrence[]>();
    for (const o of occurrencesBetween(calendar, `${year}-01-01`, `${year}-12-31`)) {
      index.set(o.date, [...(index.get(o.date) ?? []), o]);
    }
    return index;
  });
}

/** How many years of `calendar` are indexed now (at most KEPT_YEARS). */
export const indexedYears = (calendar: Calendar): number =>
  yearIndexes.get(snapshotOf(calendar))?.size ?? 0;

export function occurrencesOn(calendar: Calendar, date: IsoDate): Occurrence[] {
  return yearIndex(calendar, Number(date.slice(0, 4))).get(date) ?? [];
}

/** The dates of a year on which something is observed, in order. */
export function observedDates(calendar: Calendar, year: number): IsoDate[] {
  return [...yearIndex(calendar, year).keys()];
}

export interface NextOptions {
  count: number;
  kinds?: readonly string[];
}

/**
 * The next `count` holidays on or after `from`, optionally limited to some kinds: one occurrence per
 * holiday, its first day (or `from`, when a holiday has begun already).
 */
export function nextOccurrences(
  calendar: Calendar,
  from: IsoDate,
  options: NextOptions,
): Occurrence[] {
  const wanted = (o: Occurrence) =>
    (o.day === 1 || o.date === from) &&
    (!options.kinds?.length || options.kinds.includes(o.observance.kind));
  const result: Occurrence[] = [];
  // A year at a time: every fixed-date observance occurs once a year, so this ends quickly.
  for (let start = from, years = 0; result.length < options.count && years < 10; years++) {
    const end = DateTime.fromISO(start, { zone: "utc" })
      .plus({ years: 1 })
      .minus({ days: 1 })
      .toISODate()!;
    result.push(...occurrencesBetween(calendar, start, end).filter(wanted));
    start = addDays(end, 1);
  }
  return result.slice(0, options.count);
}

export function nextOccurrenceOf(
  calendar: Calendar,
  observance: Observance,
  from: IsoDate,
): Occurrence | null {
  const single: Calendar = { ...calendar, observances: [observance] };
  return nextOccurrences(single, from, { count: 1 })[0] ?? null;
}
