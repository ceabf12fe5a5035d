import type { Calendar } from "../model/calendar-schema.js";
import type { ServerDate } from "../model/server-date-model.js";
import type { Subscription } from "../model/subscription-model.js";
import type { ScheduledPost } from "../ports/subscription-repository.js";
import type { Due } from "../schedule/due.js";
import { calendarWith } from "../server-dates/server-date.js";

/** A next post as the store keeps it (null: nothing will match). */
export const toStored = (due: Due | null): ScheduledPost | null =>
  due && { at: due.at.toUTC().toISO()!, date: due.date };

/** The calendar a subscription posts from: the calendar's days and its server's own. */
export const postingCalendar = (
  calendar: Calendar,
  sub: Subscription,
  dates: Map<string, ServerDate[]>,
) => calendarWith(calendar, dates.get(sub.guildId) ?? [], sub.language);
