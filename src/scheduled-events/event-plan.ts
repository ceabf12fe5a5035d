import { createHash } from "node:crypto";
import type { DateTime } from "luxon";
import type { Calendar } from "../model/calendar-schema.js";
import { occurrencesBetween } from "../calendar/occurrences.js";
import { translator } from "../i18n/translate.js";
import { occurrenceName } from "../render/occurrence-name.js";
import type { Subscription } from "../model/subscription-model.js";
import { addDays, localDate, startOfLocalDay } from "../time/local-date.js";
import { postInstant } from "../time/post-instant.js";

/** A Discord scheduled event the server should have: one observance's day(s). */
export interface PlannedEvent {
  /** The occurrence it stands for: observance id and first date. */
  key: string;
  name: string;
  description: string;
  /** ISO instants: from the post time of its first day to the end of its last. */
  start: string;
  end: string;
  location: string;
  /** Of everything above but the key: a change means an update. */
  hash: string;
}

/** Discord shows scheduled events for the coming week; so do we. */
export const EVENT_DAYS = 7;

// Discord's limits: name 1–100, description 1–1000, location 1–100 characters
// (https://discord.com/developers/docs/resources/guild-scheduled-event#create-guild-scheduled-event).
const cut = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * The events a subscription's server should have at `now`: each observance starting in the next
 * EVENT_DAYS local days (of the subscription's kinds, in its language and zone), from its post time
 * to the end of its last day, and one begun earlier that is not over yet. A pure function of its inputs.
 */
export function plannedEvents(
  calendar: Calendar,
  sub: Pick<Subscription, "timeZone" | "postTime" | "kinds" | "language">,
  now: DateTime,
): PlannedEvent[] {
  const t = translator(sub.language);
  const today = localDate(now, sub.timeZone);
  const nowIso = now.toUTC().toISO()!;
  // A holiday of several days that began up to a week ago may still be under way.
  return occurrencesBetween(calendar, addDays(today, -EVENT_DAYS), addDays(today, EVENT_DAYS - 1))
    .filter((o) => o.day === 1 && (!sub.kinds.length || sub.kinds.includes(o.observance.kind)))
    .map((o) => {
      const expected = o.expected ? ` (${t("post.expectedMark")})` : "";
      const event = {
        name: cut(`${occurrenceName(o, sub.language)}${expected}`, 100),
        description: cut(o.observance.summary[sub.language], 1000),
        start: postInstant(o.start, sub.postTime, sub.timeZone).toUTC().toISO()!,
        end: startOfLocalDay(addDays(o.start, o.days), sub.timeZone).toUTC().toISO()!,
        location: t("events.location"),
      };
      const hash = createHash("sha256").update(JSON.stringify(event)).digest("hex").slice(0, 16);
      return { key: `${o.observance.id}/${o.start}`, ...event, hash };
    })
    .filter((e) => e.end > nowIso);
}
