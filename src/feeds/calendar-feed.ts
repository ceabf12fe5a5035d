import ical, { ICalEventTransparency } from "ical-generator";
import { DateTime } from "luxon";
import { isObserved, type Kind, type Language } from "../calendar/calendar-schema.js";
import { hijriYear } from "../calendar/hijri.js";
import type { Calendar } from "../calendar/load.js";
import { occurrencesBetween, type Occurrence } from "../calendar/occurrences.js";
import { translator } from "../i18n/translate.js";
import { citedSources, fullCitation } from "../render/citation.js";
import { occurrenceName } from "../render/occurrence-name.js";
import { addDays, type IsoDate } from "../time/local-date.js";

export interface FeedOptions {
  lang: Language;
  /** Only these kinds; none means all. */
  kinds: readonly Kind[];
  /** The first day of the feed (today where the reader is); it runs 12 months from there. */
  from: IsoDate;
  /** When the feed was made (DTSTAMP). */
  now: DateTime;
}

// A holiday that began a few days before `from` is still under way: it belongs in the feed.
const LONGEST_HOLIDAY_DAYS = 7;

const allDay = (date: IsoDate) => DateTime.fromISO(date, { zone: "utc" });

/**
 * The same occurrence keeps its UID when its date moves (an expected Eid confirmed a day earlier, a
 * correction), so that calendar apps replace the event rather than add a second: the observance, its
 * year (Hijri for a movable day, which falls once per Hijri year) and the feed's language.
 */
export function eventUid(o: Occurrence, lang: Language): string {
  const year = "hijri" in o.observance.date ? `AH${hijriYear(o.start)}` : o.start.slice(0, 4);
  return `${o.observance.id}-${year}-${lang}@yaddash`;
}

/** The next 12 months of the calendar as iCalendar (RFC 5545) text: one all-day event per occurrence. */
export function calendarFeed(calendar: Calendar, o: FeedOptions): { ics: string; events: number } {
  const t = translator(o.lang);
  const to = addDays(allDay(o.from).plus({ months: 12 }).toISODate()!, -1);
  const feed = ical({
    name: t("feed.title"),
    description: t("feed.summary"),
    prodId: { company: "yaddash", product: "calendar", language: o.lang.toUpperCase() },
    ttl: 12 * 60 * 60,
  });
  const occurrences = occurrencesBetween(
    calendar,
    addDays(o.from, -LONGEST_HOLIDAY_DAYS),
    to,
  ).filter(
    (x) =>
      x.day === 1 &&
      addDays(x.start, x.days - 1) >= o.from &&
      (!o.kinds.length || o.kinds.includes(x.observance.kind)),
  );
  for (const x of occurrences) {
    const sources = citedSources(x).map(
      (id, i) =>
        `[${i + 1}] ${fullCitation(calendar.sources.get(id)!, o.lang, (title, url) => `${title} (${url})`)}`,
    );
    feed.createEvent({
      id: eventUid(x, o.lang),
      start: allDay(x.start),
      end: allDay(addDays(x.start, x.days)),
      allDay: true,
      stamp: o.now,
      summary: `${occurrenceName(x, o.lang)}${x.expected ? ` (${t("post.expectedMark")})` : ""}`,
      description: [
        // A date in history is told apart from the days the state established.
        ...(isObserved(x.observance) ? [] : [t("post.unofficial")]),
        x.observance.summary[o.lang],
        ...(x.expected ? [`${t("post.expected")}: ${t("post.expectedDate")}`] : []),
        `${t("post.sources")}:\n${sources.join("\n")}`,
      ].join("\n\n"),
      categories: [
        { name: t(`kind.${x.observance.kind}`) },
        { name: t(isObserved(x.observance) ? "section.observed" : "section.unofficial") },
      ],
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return { ics: feed.toString(), events: occurrences.length };
}
