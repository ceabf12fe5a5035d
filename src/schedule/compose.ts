import type { Calendar } from "../calendar/load.js";
import { occurrencesOn, type Occurrence } from "../calendar/occurrences.js";
import { addDays, type IsoDate } from "../time/local-date.js";
import type { Subscription } from "../subscriptions/subscription-model.js";

export type PostKind = "day" | "reminder";

/** What one subscription posts on one local date: the day's observances, or a reminder of a later day's. */
export interface Post {
  kind: PostKind;
  /** The local date the post goes out. */
  date: IsoDate;
  /** The date the observances fall on (later than `date` for a reminder). */
  observedOn: IsoDate;
  daysAhead: number;
  occurrences: Occurrence[];
}

/** At most 10 embeds fit in one Discord message. */
const MAX_OCCURRENCES_PER_POST = 10;

export function composePost(
  calendar: Calendar,
  sub: Pick<Subscription, "kinds" | "remindDays">,
  date: IsoDate,
  kind: PostKind,
): Post | null {
  const daysAhead = kind === "reminder" ? sub.remindDays : 0;
  if (kind === "reminder" && daysAhead === 0) return null;
  const observedOn = daysAhead ? addDays(date, daysAhead) : date;
  // A holiday of several days (Novruz, the Eids) is posted once, on its first day.
  const occurrences = occurrencesOn(calendar, observedOn)
    .filter((o) => o.day === 1 && (!sub.kinds.length || sub.kinds.includes(o.observance.kind)))
    .slice(0, MAX_OCCURRENCES_PER_POST);
  return occurrences.length ? { kind, date, observedOn, daysAhead, occurrences } : null;
}
