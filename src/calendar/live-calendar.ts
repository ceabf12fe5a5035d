import type { Calendar } from "../model/calendar-schema.js";

/** The calendar a live view reads now, for caches that must not outlive a reload. */
const current = new WeakMap<Calendar, () => Calendar>();

/**
 * What a calendar's per-year caches are kept under: the data it holds now (a live view's current
 * calendar), so that a reload never answers from the old data.
 */
export const snapshotOf = (calendar: Calendar): Calendar => current.get(calendar)?.() ?? calendar;

export interface LiveCalendar {
  /** One calendar for the whole process: it reads whatever data was loaded last. */
  readonly calendar: Calendar;
  /** Puts validated data in place; every reader sees it from its next read on. */
  replace(next: Calendar): void;
}

/**
 * A calendar that can be reloaded while the bot runs: the scheduler, the sender, the look-ups and
 * the HTTP routes keep the one object they were given, and read the new data through it.
 */
export function createLiveCalendar(initial: Calendar): LiveCalendar {
  let data = initial;
  const calendar: Calendar = {
    get observances() {
      return data.observances;
    },
    get sources() {
      return data.sources;
    },
    get daysOff() {
      return data.daysOff;
    },
  };
  current.set(calendar, () => data);
  return {
    calendar,
    replace(next) {
      data = next;
    },
  };
}
