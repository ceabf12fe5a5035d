import ical, { foldLines, ICalEventTransparency } from "ical-generator";
import { DateTime } from "luxon";
import { isObserved, type Kind, type Language } from "../model/calendar-schema.js";
import { hijriYear } from "../calendar/hijri.js";
import type { Calendar } from "../model/calendar-schema.js";
import { occurrencesBetween, type Occurrence } from "../calendar/occurrences.js";
import { translator } from "../i18n/translate.js";
import { citedSources, fullCitation } from "../render/citation.js";
import { occurrenceName } from "../render/occurrence-name.js";
import { addDays } from "../time/local-date.js";
import { type IsoDate } from "../model/iso-date.js";

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

/** One event of a feed: its kind, and its text as the feed holds it (folded, CRLF-terminated). */
export interface FeedEvent {
  kind: Kind;
  text: string;
}

/** A feed's text before and after its events. */
export interface FeedFrame {
  head: string;
  foot: string;
}

const newFeed = (lang: Language) => {
  const t = translator(lang);
  return ical({
    name: t("feed.title"),
    description: t("feed.summary"),
    prodId: { company: "yaddash", product: "calendar", language: lang.toUpperCase() },
    ttl: 12 * 60 * 60,
  });
};

/**
 * ical-generator folds a calendar's whole text at once, line by line: the text of each event, folded
 * alone, is the same as its part of the whole, so that a feed is its frame around the texts of the
 * events it holds. The frame is found around a marker event.
 */
export function feedFrame(lang: Language, now: DateTime): FeedFrame {
  const feed = newFeed(lang);
  const marker = foldLines(feed.createEvent({ id: "frame-marker", start: now }).toString());
  const whole = feed.toString();
  const at = whole.indexOf(marker);
  return { head: whole.slice(0, at), foot: whole.slice(at + marker.length) };
}

const holds = (kinds: readonly Kind[], kind: Kind) => !kinds.length || kinds.includes(kind);

/** Each event of the feed, one by one: a caller may pause between them. */
export function* feedEvents(calendar: Calendar, o: FeedOptions): Generator<FeedEvent> {
  const t = translator(o.lang);
  const to = addDays(allDay(o.from).plus({ months: 12 }).toISODate()!, -1);
  // Events are made on a feed of their own, one at a time, so that each is folded alone.
  const feed = newFeed(o.lang);
  const occurrences = occurrencesBetween(
    calendar,
    addDays(o.from, -LONGEST_HOLIDAY_DAYS),
    to,
  ).filter(
    (x) =>
      x.day === 1 && addDays(x.start, x.days - 1) >= o.from && holds(o.kinds, x.observance.kind),
  );
  for (const x of occurrences) {
    const sources = citedSources(x).map(
      (id, i) =>
        `[${i + 1}] ${fullCitation(calendar.sources.get(id)!, o.lang, (title, url) => `${title} (${url})`)}`,
    );
    const event = feed.createEvent({
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
    yield { kind: x.observance.kind, text: foldLines(event.toString()) };
    feed.clear();
  }
}

/** A feed of the events of these kinds (none: all). */
export function assembleFeed(
  frame: FeedFrame,
  events: readonly FeedEvent[],
  kinds: readonly Kind[],
): { ics: string; events: number } {
  const held = events.filter((e) => holds(kinds, e.kind));
  return {
    ics: `${frame.head}${held.map((e) => e.text).join("")}${frame.foot}`,
    events: held.length,
  };
}

/** The next 12 months of the calendar as iCalendar (RFC 5545) text: one all-day event per occurrence. */
export function calendarFeed(calendar: Calendar, o: FeedOptions): { ics: string; events: number } {
  return assembleFeed(feedFrame(o.lang, o.now), [...feedEvents(calendar, o)], o.kinds);
}
