import ICAL from "ical.js";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { KINDS, LANGUAGES, type Observance } from "../../src/model/calendar-schema.js";
import type { Calendar } from "../../src/model/calendar-schema.js";
import {
  assembleFeed,
  calendarFeed,
  feedEvents,
  feedFrame,
  type FeedOptions,
} from "../../src/feeds/calendar-feed.js";
import { realCalendar } from "../kit/helpers.js";

const now = DateTime.fromISO("2026-11-27T10:00:00Z", { zone: "utc" });
const options: FeedOptions = { lang: "en", kinds: [], from: "2026-11-27", now };

/** The feed as an independent parser (ical.js) reads it. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      categories: v.getFirstPropertyValue("categories"),
      stamp: String(v.getFirstPropertyValue("dtstamp")),
    };
  });
}

const withObservance = (
  calendar: Calendar,
  id: string,
  change: (o: Observance) => Partial<Observance>,
): Calendar => ({
  ...calendar,
  observances: calendar.observances.map((o) => (o.id === id ? { ...o, ...change(o) } : o)),
});

describe("the calendar feed (.ics)", () => {
  it("holds the next 12 months as all-day events, a holiday of several days as one event", () => {
    const { ics, events: count } = calendarFeed(realCalendar(), options);
    const parsed = events(ics);
    expect(parsed).toHaveLength(count);
    expect(parsed.every((e) => e.allDay)).toBe(true);
    expect(parsed.every((e) => e.start >= "2026-11-27" && e.start <= "2027-11-26")).toBe(true);
    expect(parsed[0]).toMatchObject({
      uid: "world-azerbaijanis-solidarity-day-2026-en@yaddash",
      summary: "World Azerbaijanis Solidarity Day",
      start: "2026-12-31",
      end: "2027-01-01",
      categories: "Public holiday",
      stamp: "2026-11-27T10:00:00Z",
    });
    expect(parsed.find((e) => e.uid === "new-year-2027-en@yaddash")).toMatchObject({
      start: "2027-01-01",
      end: "2027-01-03", // DTEND of an all-day event is the day after its last (RFC 5545, 3.6.1)
    });
    expect(parsed.find((e) => e.uid.startsWith("victory-day-2027"))?.summary).toBe(
      "Victory Day — 7th anniversary",
    );
  });

  it("puts the summary and the sources in the description, in the feed's language", () => {
    const parsed = events(calendarFeed(realCalendar(), { ...options, lang: "ru" }).ics);
    const victory = parsed.find((e) => e.uid === "victory-day-2027-ru@yaddash")!;
    expect(victory.summary).toBe("День Победы — 7-я годовщина");
    expect(victory.description).toMatch(/^День Победы отмечается в память о 8 ноября 2020 года/);
    expect(victory.description).toMatch(
      /\n\nИсточники:\n\[1\] Bayramlar \(https:\/\/mod\.gov\.az\/az\/bayramlar-701\/\) — Министерство обороны Азербайджанской Республики \(mod\.gov\.az\), б\. д\.\n\[2\] .+\n\[3\] .+\n\[4\] .+ \(https:\/\/www\.trtworld\.com\/article\/15736611\) — TRT World/,
    );
  });

  it("marks a movable day expected until it is announced; its UID stays when the date is confirmed", () => {
    const expected = events(calendarFeed(realCalendar(), options).ics).find((e) =>
      e.uid.startsWith("ramazan-bayrami-"),
    )!;
    expect(expected.uid).toBe("ramazan-bayrami-AH1448-en@yaddash");
    expect(expected.summary).toMatch(/ \(expected\)$/);
    expect(expected.description).toContain("Expected date: Computed from the Umm al-Qura");
    // The Cabinet announces a day earlier than computed: the same event moves, marked no more.
    const earlier = DateTime.fromISO(expected.start).minus({ days: 1 }).toISODate()!;
    const confirmed = withObservance(realCalendar(), "ramazan-bayrami", (o) =>
      "hijri" in o.date
        ? {
            date: {
              ...o.date,
              announced: [...o.date.announced, { start: earlier, source: o.sources[0]! }],
            },
          }
        : {},
    );
    const moved = events(calendarFeed(confirmed, options).ics).filter((e) =>
      e.uid.startsWith("ramazan-bayrami-"),
    );
    expect(moved).toEqual([
      expect.objectContaining({
        uid: expected.uid,
        start: earlier,
        summary: "Ramadan Holiday (Eid al-Fitr)",
      }),
    ]);
  });

  it("escapes text as RFC 5545 asks: commas, semicolons, backslashes and line breaks come back as written", () => {
    const awkward = 'Commas, semicolons; a backslash \\ and\na line break, "quotes" too';
    const calendar = withObservance(realCalendar(), "kalbajar-city-day", (o) => ({
      summary: { ...o.summary, en: awkward },
      names: { ...o.names, en: "Kalbajar; City, Day" },
    }));
    const event = events(calendarFeed(calendar, options).ics).find((e) =>
      e.uid.startsWith("kalbajar-city-day-2027"),
    )!;
    expect(event.summary).toBe("Kalbajar; City, Day — 7th anniversary");
    expect(event.description.split("\n\n")[0]).toBe(awkward);
  });

  it("keeps only the kinds asked for, and a holiday under way on the first day", () => {
    const cities = events(calendarFeed(realCalendar(), { ...options, kinds: ["city-day"] }).ics);
    expect(cities.length).toBeGreaterThan(0);
    expect(cities.every((e) => e.categories === "City day")).toBe(true);
    const secondDay = events(calendarFeed(realCalendar(), { ...options, from: "2027-01-02" }).ics);
    expect(secondDay[0]).toMatchObject({ uid: "new-year-2027-en@yaddash", start: "2027-01-01" });
  });

  it("is the same text assembled from the events of every kind (what the listener serves) as made for some kinds", () => {
    for (const lang of LANGUAGES) {
      const every = [...feedEvents(realCalendar(), { ...options, lang })];
      const frame = feedFrame(lang, now);
      // Every set of kinds in one language; in the others, all and one.
      const sets = lang === "en" ? 1 << KINDS.length : 2;
      for (let set = 0; set < sets; set++) {
        const kinds = KINDS.filter((_, i) => set & (1 << i));
        const made = calendarFeed(realCalendar(), { ...options, lang, kinds });
        expect(assembleFeed(frame, every, kinds), `${lang} ${kinds.join(",")}`).toEqual(made);
        // RFC 5545, 3.1: lines of at most 75 octets, folded with CRLF and a space.
        expect(made.ics.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      }
    }
  });
});
