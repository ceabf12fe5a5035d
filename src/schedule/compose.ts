import type { Calendar } from "../model/calendar-schema.js";
import { occurrencesBetween, occurrencesOn, type Occurrence } from "../calendar/occurrences.js";
import { addDays, isoWeekday } from "../time/local-date.js";
import { type IsoDate } from "../model/iso-date.js";
import type { Subscription } from "../model/subscription-model.js";
import type { PostKind } from "../model/delivery-key.js";

/**
 * What one subscription posts on one local date: the day's observances, a reminder of a later day's,
 * or a weekly digest of the seven days from that date.
 */
export interface Post {
  kind: PostKind;
  /** The local date the post goes out. */
  date: IsoDate;
  /** The date the observances fall on (later than `date` for a reminder; the first day of a week). */
  observedOn: IsoDate;
  daysAhead: number;
  occurrences: Occurrence[];
}

export const WEEK_DAYS = 7;

const ofKinds = (sub: Pick<Subscription, "kinds">) => (o: Occurrence) =>
  o.day === 1 && (!sub.kinds.length || sub.kinds.includes(o.observance.kind));

/** The kinds of post a subscription makes: the day's and a reminder, or a weekly digest. */
export const postKinds = (sub: Pick<Subscription, "weekday">): readonly PostKind[] =>
  sub.weekday === null ? ["day", "reminder"] : ["week"];

export function composePost(
  calendar: Calendar,
  sub: Pick<Subscription, "kinds" | "remindDays" | "weekday">,
  date: IsoDate,
  kind: PostKind,
): Post | null {
  if (kind === "week") {
    if (isoWeekday(date) !== sub.weekday) return null;
    // A holiday of several days is listed once, on its first day, as in the daily posts. How many
    // lines fit is the renderer's to say (a server's own dates can make a week long).
    const occurrences = occurrencesBetween(calendar, date, addDays(date, WEEK_DAYS - 1)).filter(
      ofKinds(sub),
    );
    return occurrences.length ? { kind, date, observedOn: date, daysAhead: 0, occurrences } : null;
  }
  const daysAhead = kind === "reminder" ? sub.remindDays : 0;
  if (kind === "reminder" && daysAhead === 0) return null;
  const observedOn = daysAhead ? addDays(date, daysAhead) : date;
  // A holiday of several days (Novruz, the Eids) is posted once, on its first day.
  const occurrences = occurrencesOn(calendar, observedOn).filter(ofKinds(sub));
  return occurrences.length ? { kind, date, observedOn, daysAhead, occurrences } : null;
}
