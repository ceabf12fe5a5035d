import { describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock/clock.js";
import { createSearchIndex } from "../../src/calendar/search-index.js";
import { runCommand, type CommandContext } from "../../src/cli/commands.js";
import { lookUps } from "../../src/lookup/look-ups.js";
import { realCalendar } from "../kit/helpers.js";

// 21:30 UTC on 24 November is already 25 November (Kalbajar City Day) in Baku.
const ctx: CommandContext = {
  calendar: realCalendar(),
  index: createSearchIndex(realCalendar()),
  lookUps: lookUps(realCalendar(), createSearchIndex(realCalendar())),
  clock: fixedClock("2026-11-24T21:30:00Z"),
  defaultZone: "Asia/Baku",
  defaultLanguage: "en",
};
const run = (...args: string[]) => runCommand(ctx, args);
const json = (...args: string[]) => {
  const result = run(...args, "--json");
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

describe("CLI commands", () => {
  it("today: uses the local date in the chosen zone", () => {
    expect(json("today")).toMatchObject({
      date: "2026-11-25",
      nonWorking: false,
      reason: "Wednesday, 25 November 2026, is a working day.",
      observances: [
        {
          id: "kalbajar-city-day",
          name: "Kalbajar City Day",
          kind: "city-day",
          tone: "celebration",
          anniversary: 6,
          since: 2023,
          day: 1,
          days: 1,
          expected: false,
        },
      ],
    });
    expect(json("today", "--tz", "America/New_York")).toMatchObject({
      date: "2026-11-24",
      observances: [],
    });
  });

  it("on --json: whether the day is a working day, and why not, for a program to check", () => {
    expect(json("on", "2026-03-27")).toMatchObject({
      nonWorking: true,
      reason: expect.stringContaining(
        "Ramadan Holiday (Eid al-Fitr) coincided with Novruz Holiday",
      ),
      dayOff: {
        reasons: [
          { kind: "overlap", from: "2026-03-20", observance: "ramazan-bayrami", with: "novruz" },
        ],
        expected: false,
      },
      observances: [],
    });
    expect(json("on", "2025-03-10")).toMatchObject({
      nonWorking: false,
      dayOff: { workingInstead: { to: "2025-03-27" } },
    });
    expect(json("on", "2026-03-28")).toMatchObject({
      nonWorking: true,
      dayOff: { restDay: true, reasons: [] },
    });
    expect(json("on", "2027-03-09")).toMatchObject({
      nonWorking: true,
      dayOff: { expected: true },
      observances: [{ id: "ramazan-bayrami", expected: true }],
    });
    expect(json("on", "2019-03-08").nonWorking).toBeNull();
  });

  it("dayoff: the next breaks from work, in the chosen language", () => {
    expect(
      json("dayoff", "--count", "2").breaks.map((b: { from: string; to: string }) => [
        b.from,
        b.to,
      ]),
    ).toEqual([
      ["2026-12-31", "2027-01-04"],
      ["2027-01-20", "2027-01-20"],
    ]);
    // Part of the break falls in 2027, whose transfers the Cabinet has not announced yet.
    expect(run("dayoff", "--count", "1", "--lang", "ru").stdout).toMatch(
      /^31 декабря 2026\s+г\. – 4 января 2027\s+г\. · 5 нерабочих дней \(ожидается\): День солидарности азербайджанцев мира и Новый год$/,
    );
  });

  it("today as text: the rendered post, or what comes next on an empty day", () => {
    expect(run("today").stdout).toContain("== Kalbajar City Day — 6th anniversary ==");
    expect(run("today", "--tz", "UTC").stdout).toBe(
      "Nothing in the calendar on 24 November 2026.\n" +
        "Tuesday, 24 November 2026, is a working day.\n" +
        "Next: 25 November 2026 — Kalbajar City Day — 6th anniversary",
    );
  });

  it("on: reads every accepted format and names in the chosen language", () => {
    for (const date of [
      "2026-11-08",
      "11-08",
      "8.11",
      "8 November",
      "Nov 8",
      "8 noyabr",
      "8 ноября",
    ]) {
      expect(json("on", date).date, date).toBe("2026-11-08");
    }
    const ru = json("on", "8 ноября", "--lang", "ru");
    expect(ru.observances.map((o: { name: string }) => o.name)).toEqual([
      "День Победы",
      "День города Шуша",
    ]);
    expect(ru.observances[0].anniversary).toBe(6);
  });

  it("next: the JSON contract, with --count", () => {
    expect(json("next", "--count", "2")).toEqual({
      from: "2026-11-25",
      occurrences: [
        { date: "2026-11-25", id: "kalbajar-city-day", name: "Kalbajar City Day", anniversary: 6 },
        {
          date: "2026-12-31",
          id: "world-azerbaijanis-solidarity-day",
          name: "World Azerbaijanis Solidarity Day",
          anniversary: null,
        },
      ],
    });
    expect(json("next", "--date", "2026-01-01").occurrences).toHaveLength(5);
  });

  it("search: the JSON contract, best first", () => {
    const result = json("search", "Кяльбаджар");
    expect(result.query).toBe("Кяльбаджар");
    expect(result.results[0]).toEqual({
      id: "kalbajar-city-day",
      name: "Kalbajar City Day",
      score: 1,
    });
  });

  it("event: one observance with its next date and full citations", () => {
    const result = json("event", "Kəlbəcər");
    expect(result).toMatchObject({
      id: "kalbajar-city-day",
      event: "2020-11-25",
      next: { date: "2026-11-25", anniversary: 6 },
    });
    expect(result.sources[0]).toMatchObject({
      publisher: "President of the Republic of Azerbaijan (president.az)",
      date: "2023-07-31",
    });
    expect(result.sources[1]).toMatchObject({
      title: "Azerbaijan celebrates Kalbajar City Day",
      publisher: "Report News Agency",
    });
    expect(run("event", "kalbajar").stdout).toContain(
      "[2] Azerbaijan celebrates Kalbajar City Day — Report News Agency, 2025-11-25",
    );
  });

  it("bad input exits 2 and says what is accepted", () => {
    const cases: [string[], RegExp][] = [
      [["on", "someday"], /Accepted: 2026-11-25, 11-25, 25\.11/],
      [["on"], /Missing a date/],
      [["today", "--lang", "de"], /Accepted: en, az, ru/],
      [["today", "--tz", "Mars/Olympus"], /not an IANA time zone/],
      [["next", "--count", "0"], /from 1 to 50/],
      [["event", "pizza"], /No observance matches "pizza"/],
      [["frobnicate"], /Unknown command "frobnicate"/],
      [["today", "--colour"], /Unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      const result = run(...args);
      expect(result.exitCode, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(message);
    }
  });

  it("answers in the language asked for, or the configured one: errors and help too", () => {
    const az = run("next", "--lang", "az", "--count", "0");
    expect(az.stderr).toBe("--count «0» yanlışdır. Mümkün dəyər: 1 ilə 50 arasında tam ədəd.");
    expect(run("help", "--lang", "az").stdout).toMatch(
      /^Əmrlər:\n {2}today {21}bu gün nə qeyd olunur\n/,
    );
    const russian = runCommand({ ...ctx, defaultLanguage: "ru" }, ["on", "someday"]);
    expect(russian.stderr).toMatch(/^Не удаётся распознать дату «someday»\. Допустимые форматы: /);
    expect(runCommand({ ...ctx, defaultLanguage: "ru" }, ["search"]).stderr).toMatch(
      /search <текст>/,
    );
  });

  it("validate reports the size of the calendar and each year's movable days, announced or expected", () => {
    const report = json("validate");
    expect(report).toMatchObject({
      valid: true,
      observances: realCalendar().observances.length,
      sources: realCalendar().sources.size,
      daysOffAnnounced: { from: 2020, to: 2026 },
    });
    const byYear = (year: number) =>
      report.movable
        .filter((m: { year: number }) => m.year === year)
        .map((m: { id: string; from: string; status: string }) => [m.id, m.from, m.status]);
    expect(byYear(2026)).toEqual([
      ["ramazan-bayrami", "2026-03-20", "confirmed"],
      ["qurban-bayrami", "2026-05-27", "confirmed"],
    ]);
    expect(byYear(2030)).toEqual([
      ["ramazan-bayrami", "2030-02-04", "expected"],
      ["qurban-bayrami", "2030-04-13", "expected"],
    ]);
    expect(run("validate").stdout).toContain("2027  2027-03-09 – 2027-03-10  expected");
  });
});
