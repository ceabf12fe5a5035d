import { DateTime } from "luxon";
import type { Calendar } from "../model/calendar-schema.js";
import { observedDates } from "../calendar/occurrences.js";
import { addDays, isoWeekday, localDate } from "../time/local-date.js";
import { type IsoDate } from "../model/iso-date.js";
import { composePost, postKinds } from "./compose.js";
import { postInstant } from "../time/post-instant.js";
import type { Schedule } from "../model/subscription-model.js";

export interface Due {
  at: DateTime;
  date: IsoDate;
}

function hasPost(calendar: Calendar, schedule: Schedule, date: IsoDate): boolean {
  return postKinds(schedule).some((kind) => composePost(calendar, schedule, date, kind) !== null);
}

/**
 * The dates that can carry a post for a schedule, in order, from `from` on: the digest's weekdays; or
 * the observed dates, and for a reminder those dates less `remindDays`. Three years ahead covers any
 * filter.
 */
function candidateDates(calendar: Calendar, schedule: Schedule, from: IsoDate): IsoDate[] {
  if (schedule.weekday !== null) {
    const first = addDays(from, (schedule.weekday - isoWeekday(from) + 7) % 7);
    return Array.from({ length: 3 * 53 }, (_, week) => addDays(first, 7 * week));
  }
  const year = Number(from.slice(0, 4));
  const dates = new Set<IsoDate>();
  for (let y = year; y <= year + 2; y++) {
    for (const date of observedDates(calendar, y)) {
      dates.add(date);
      if (schedule.remindDays) dates.add(addDays(date, -schedule.remindDays));
    }
  }
  return [...dates].filter((d) => d >= from).sort();
}

/** The first post at or after `from` on a local date that has something to post; null if none will. */
export function nextDue(calendar: Calendar, schedule: Schedule, from: DateTime): Due | null {
  const earliest = from.startOf("minute");
  for (const date of candidateDates(calendar, schedule, localDate(from, schedule.timeZone))) {
    if (!hasPost(calendar, schedule, date)) continue;
    const at = postInstant(date, schedule.postTime, schedule.timeZone);
    if (at >= earliest) return { at, date };
  }
  return null;
}

/**
 * A post is sent late (after downtime, or a clock that jumped forward) up to `catchUpHours` after its
 * time, even past local midnight: its text names its date, so it is still right. Older posts are
 * dropped.
 */
export function isStale(
  schedule: Schedule,
  date: IsoDate,
  now: DateTime,
  catchUpHours: number,
): boolean {
  const late = now.toMillis() - postInstant(date, schedule.postTime, schedule.timeZone).toMillis();
  return late > catchUpHours * 3_600_000;
}
