import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { isObserved, LANGUAGES, type Language } from "../../src/model/calendar-schema.js";
import { occurrencesBetween } from "../../src/calendar/occurrences.js";
import { dayStatus } from "../../src/calendar/days-off.js";
import { renderDay } from "../../src/render/observance.js";
import { dayOffNote } from "../../src/render/day-off.js";
import { occurrenceName } from "../../src/render/occurrence-name.js";
import { DateTime } from "luxon";
import ICAL from "ical.js";
import { calendarFeed } from "../../src/feeds/calendar-feed.js";
import { realCalendar } from "../kit/helpers.js";

const calendar = realCalendar();

// Words that take sides. The calendar states facts and attributes figures; it does not qualify them.
const LOADED =
  /\b(glorious|heroic|brave|heinous|atrocious|barbaric|brutal|bloody|fascist|enemy|invaders?|occupants?|vandal\w*|savage\w*|terror(ist)? groups?|ugly|ruthless|liberators?)\b/i;

describe("calendar content rules", () => {
  it("has every name, former name, summary, fact and day-off reason in Azerbaijani, English and Russian", () => {
    const missing: string[] = [];
    for (const o of calendar.observances) {
      const texts: [string, Partial<Record<string, string>>][] = [
        ["names", o.names],
        ...o.formerNames.map((f, i): [string, Partial<Record<string, string>>] => [
          `formerNames.${i}`,
          f.names,
        ]),
        ["summary", o.summary],
        ...o.facts.map((f, i): [string, Partial<Record<string, string>>] => [`facts.${i}`, f]),
      ];
      for (const [field, text] of texts)
        for (const lang of ["az", "en", "ru"])
          if (!text[lang]?.trim()) missing.push(`${o.id} ${field}.${lang}`);
    }
    for (const year of calendar.daysOff)
      year.daysOff.forEach((d, i) => {
        for (const lang of ["az", "en", "ru"] as const)
          if (!d.reason[lang]?.trim()) missing.push(`days off ${year.year} daysOff.${i}.${lang}`);
      });
    expect(missing).toEqual([]);
  });

  it("cites each source with a title that is not a placeholder, and says what a record lacks", () => {
    for (const source of calendar.sources.values()) {
      expect(source.title ?? source.description?.en, source.id).not.toMatch(/^\[/);
      const lacks = !source.publisher || !source.date || (!source.url && !source.copy);
      if (lacks)
        expect(source.note, `${source.id} lacks a field and says nothing of it`).toBeTruthy();
    }
  });

  it("uses no loaded wording in any name, summary or fact", () => {
    for (const o of calendar.observances) {
      const texts = [
        ...Object.values(o.names),
        ...Object.values(o.summary),
        ...o.facts.flatMap((f) => [f.en, f.az, f.ru]),
      ];
      for (const text of texts.filter(Boolean)) expect(text, o.id).not.toMatch(LOADED);
    }
  });

  it("attributes every figure in a fact to its source in the text itself", () => {
    for (const o of calendar.observances) {
      for (const fact of o.facts.filter((f) =>
        /\d{2,},?\d*\s+(people|civilians|children|women|settlements)/.test(f.en),
      )) {
        expect(fact.en, o.id).toMatch(/^(According to|.*\baccording to\b)/i);
      }
    }
  });

  it("cites at least one dated source for every observance, and every source cited exists with a title", () => {
    for (const o of calendar.observances) {
      const sources = o.sources.map((id) => calendar.sources.get(id)!);
      expect(
        sources.every((s) => Boolean(s.title ?? s.description)),
        o.id,
      ).toBe(true);
      expect(sources.some((s) => s.date) || sources.some((s) => s.publisher), o.id).toBe(true);
    }
  });

  it("has names in English, Azerbaijani and Russian and an English summary for every entry", () => {
    for (const o of calendar.observances) {
      expect(o.names.az, o.id).toMatch(/\p{L}/u);
      expect(o.names.ru, o.id).toMatch(/[а-яё]/i);
      expect(o.summary.en.length, o.id).toBeGreaterThan(60);
    }
  });

  it("covers every day in the research notes and every dated event in the source texts", () => {
    const dates = new Set(
      calendar.observances.map((o) => ("month" in o.date ? `${o.date.month}-${o.date.day}` : "")),
    );
    const required = [
      "1-20",
      "2-26",
      "3-31",
      "5-28",
      "6-15",
      "6-26",
      "8-26",
      "9-20",
      "9-27",
      "10-4",
      "10-17",
      "10-18",
      "10-20",
      "10-25",
      "11-8",
      "11-9",
      "11-12",
      "11-17",
      "11-20",
      "11-25",
      "12-31", // research notes
      "11-10",
      "9-19",
      "8-8",
      "4-30",
      "7-29",
      "10-14",
      "4-2", // source texts
    ];
    for (const date of required) expect(dates.has(date), date).toBe(true);
  });
});

/** The name list of docs/style.md, read from its table: id | az | ru. */
const styleNames = () =>
  readFileSync("docs/style.md", "utf8")
    .split("\n")
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .filter(
      (cells) =>
        cells.length === 5 &&
        /^[a-z][a-z-]+$/.test(cells[1]!) &&
        !["id", "kind"].includes(cells[1]!),
    )
    .map(([, id, az, ru]) => ({ id: id!, az: az!, ru: ru! }));

// English words that have no place in an Azerbaijani or Russian text (outside a source's own title).
const ENGLISH =
  /\b(the|of|and|from|via|with|for|by|is|are|was|text|page|anniversary|holiday|expected|sources?|day|since)\b/i;

describe("the style guide and the rendering rules over every entry and language", () => {
  it("holds the data to the style guide's name list", () => {
    const names = styleNames();
    expect(names.length).toBeGreaterThan(15);
    for (const { id, az, ru } of names) {
      const o = calendar.observances.find((x) => x.id === id);
      expect(o, id).toBeDefined();
      expect(o!.names.az, id).toBe(az);
      expect(o!.names.ru, id).toBe(ru);
    }
  });

  it("cites at most four sources per entry, and an act for every day of the professional kind", () => {
    for (const o of calendar.observances) {
      expect(o.sources.length, o.id).toBeLessThanOrEqual(4);
      if (o.kind === "professional-day") expect(o.act, o.id).toBeDefined();
    }
  });

  it("lists an entry's official sources before the others, in every entry and every year of days off", () => {
    const official = (id: string) => calendar.sources.get(id)!.official;
    // Where a source that is not official comes before an official one, the list breaks the rule.
    const misordered = (ids: readonly string[]) =>
      ids.some((id, i) => official(id) && ids.slice(0, i).some((before) => !official(before)));
    const broken = [
      ...calendar.observances.filter((o) => misordered(o.sources)).map((o) => o.id),
      ...calendar.daysOff.filter((y) => misordered(y.sources)).map((y) => `days off ${y.year}`),
    ];
    expect(broken).toEqual([]);
    expect([...calendar.sources.values()].filter((s) => s.official).length).toBeGreaterThan(5);
  });

  it("names an anniversary of an event so that its count goes in once", () => {
    for (const o of calendar.observances.filter((x) => !isObserved(x))) {
      expect(o.names.en, o.id).toMatch(/^Anniversary of /);
      expect(o.names.az, o.id).toMatch(/ildönümü$/);
      expect(o.names.ru, o.id).toMatch(/^Годовщина /);
    }
    const year = occurrencesBetween(calendar, "2026-01-01", "2026-12-31");
    for (const x of year)
      for (const lang of LANGUAGES) {
        const name = occurrenceName(x, lang);
        expect(
          name.match(/anniversary|ildönümü|годовщина/gi)?.length ?? 0,
          name,
        ).toBeLessThanOrEqual(1);
      }
  });

  it("finds no English in Azerbaijani or Russian posts, day-off sentences or the .ics feed", () => {
    for (const lang of ["az", "ru"] as const)
      for (const [where, text] of outputs(lang))
        expect(stripNames(text, lang), where).not.toMatch(ENGLISH);
  });

  it("writes Russian in Cyrillic: a Latin-script word only in a page's own title, a publisher's name, an address or the bot's name", () => {
    for (const [where, text] of outputs("ru"))
      expect(stripNames(text, "ru"), where).not.toMatch(/\p{Script=Latin}{2,}/u);
  });
});

/**
 * Every text a reader of `lang` gets from the calendar: each 2026 post as a look-up shows it, each
 * day-off sentence of 2020–2026, and the .ics feed of 2026 (its name, description, events' titles,
 * descriptions and categories as a calendar app reads them).
 */
function outputs(lang: Language): [string, string][] {
  const texts: [string, string][] = [];
  const dates = new Set(
    occurrencesBetween(calendar, "2026-01-01", "2026-12-31").map((o) => o.date),
  );
  for (const date of dates) {
    const x = occurrencesBetween(calendar, date, date);
    for (const m of renderDay(calendar, x, dayStatus(calendar, date), lang, { always: true }))
      for (const text of [
        m.title,
        m.description,
        m.footer,
        ...m.fields.flatMap((f) => [f.name, f.value]),
      ])
        texts.push([`post ${date}/${lang}`, text]);
  }
  for (let d = DateTime.utc(2020, 1, 1); d.year <= 2026; d = d.plus({ days: 1 }))
    for (const text of dayOffNote(dayStatus(calendar, d.toISODate()!), lang)?.details ?? [])
      texts.push([`day off ${d.toISODate()!}/${lang}`, text]);
  const { ics } = calendarFeed(calendar, {
    lang,
    kinds: [],
    from: "2026-01-01",
    now: DateTime.utc(2026, 1, 1),
  });
  const feed = new ICAL.Component(ICAL.parse(ics));
  for (const name of ["x-wr-calname", "x-wr-caldesc"])
    texts.push([`feed ${name}/${lang}`, String(feed.getFirstPropertyValue(name))]);
  for (const event of feed.getAllSubcomponents("vevent")) {
    const uid = String(event.getFirstPropertyValue("uid"));
    for (const name of ["summary", "description"])
      texts.push([`feed ${uid} ${name}`, String(event.getFirstPropertyValue(name))]);
    for (const category of event.getFirstProperty("categories")?.getValues() ?? [])
      texts.push([`feed ${uid} categories`, String(category)]);
  }
  return texts;
}

// The bot's own name, and the name of a disease as Russian official texts write it.
const LATIN_NAMES = ["yaddash", "COVID-19"];

/**
 * A text without what stays in its own language: the pages' own titles, the publishers' names (a
 * brand as it writes itself: "Report" in «агентства Report»), addresses and domains.
 */
function stripNames(text: string, lang: Language): string {
  const sources = [...calendar.sources.values()];
  const titles = sources.flatMap((s) => (s.title ? [s.title] : []));
  const publishers = sources.flatMap((s) =>
    typeof s.publisher === "string" ? [s.publisher] : s.publisher ? [s.publisher[lang]] : [],
  );
  // "Virtual Karabakh (virtualkarabakh.az)" → "Virtual Karabakh"; «Информационное агентство Report» → "Report".
  const names = publishers.flatMap(
    (p) =>
      p
        .replace(/\([^)]*\)/g, "")
        .match(/[\p{Script=Latin}\d][\p{Script=Latin}\d.&' -]*[\p{Script=Latin}\d.]/gu) ?? [],
  );
  return [...titles, ...publishers, ...names.map((n) => n.trim()), ...LATIN_NAMES]
    .sort((a, b) => b.length - a.length)
    .reduce((t, name) => t.split(name).join(""), text)
    .replace(/https?:\/\/\S+/g, "")
    .replace(/\b[\w.-]+\.(az|com|org|ru|net|info|qa|gov\.az)\b/g, "");
}
