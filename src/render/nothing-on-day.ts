import type { Language } from "../model/calendar-schema.js";
import type { DayStatus } from "../calendar/days-off.js";
import type { Occurrence } from "../calendar/occurrences.js";
import { formatDate } from "../i18n/dates.js";
import { translate } from "../i18n/translate.js";
import { dayOffLine, dayOffNote } from "./day-off.js";

/**
 * The answer for a date with no posts: says so, whether it is a working day, and what comes next,
 * written by `nextLine` (a Discord answer adds a countdown, the CLI's does not).
 */
export function nothingOnDay(
  date: string,
  status: DayStatus,
  next: Occurrence | null,
  lang: Language,
  nextLine: (next: Occurrence) => string,
): string {
  const note = dayOffNote(status, lang);
  return [
    translate(lang, "post.nothingOn", { date: formatDate(date, lang) }),
    ...(note ? [dayOffLine(note, status)] : []),
    ...(next ? [`${translate(lang, "post.nextUp")}: ${nextLine(next)}`] : []),
  ].join("\n");
}
