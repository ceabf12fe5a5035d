import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { dayStatus, nextBreaks } from "../../src/calendar/days-off.js";
import { addDays } from "../../src/time/local-date.js";
import { realCalendar } from "../kit/helpers.js";

const calendar = realCalendar();
const status = (date: string) => dayStatus(calendar, date);

/** The weekdays (Monday to Friday) of a year that are not working days. */
function weekdaysOff(year: number): string[] {
  const days: string[] = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
    if (DateTime.fromISO(d).weekday <= 5 && status(d).nonWorking) days.push(d.slice(5));
  }
  return days;
}

// python-holidays' Azerbaijan module (vacanza/holidays c382fdec, snapshots/countries/AZ_COMMON.json),
// its public holidays on weekdays: an independent implementation of the Labour Code's rules and of
// the Cabinet's transfers. 2027–2030 are its estimates (Umm al-Qura Eids, no transfers yet).
const PYTHON_HOLIDAYS: Record<number, string> = {
  2021: "01-01 01-04 01-20 03-08 03-22 03-23 03-24 03-25 03-26 05-10 05-11 05-12 05-13 05-14 05-28 06-15 06-28 07-19 07-20 07-21 11-08 11-09 12-31",
  2022: "01-03 01-04 01-20 03-07 03-08 03-21 03-22 03-23 03-24 03-25 05-02 05-03 05-09 05-30 06-15 06-27 07-11 07-12 11-07 11-08 11-09",
  2023: "01-02 01-03 01-04 01-20 03-08 03-20 03-21 03-22 03-23 03-24 04-21 04-24 05-09 05-29 06-15 06-26 06-27 06-28 06-29 06-30 11-08 11-09 11-10",
  2024: "01-01 01-02 01-03 01-04 01-05 02-07 03-08 03-20 03-21 03-22 03-25 03-26 04-10 04-11 04-12 05-09 05-28 06-17 06-18 06-19 06-26 11-08 11-11 11-12 11-13 12-30 12-31",
  2025: "01-01 01-02 01-03 01-20 01-29 03-20 03-21 03-24 03-25 03-26 03-27 03-28 03-31 05-09 05-28 06-06 06-09 06-16 06-26 06-27 11-10 11-11 12-31",
  2026: "01-01 01-02 01-20 03-09 03-20 03-23 03-24 03-25 03-26 03-27 03-30 05-11 05-27 05-28 05-29 06-15 06-26 11-09 11-10 12-31",
  2027: "01-01 01-04 01-20 03-08 03-09 03-10 03-22 03-23 03-24 03-25 03-26 05-10 05-17 05-18 05-28 06-15 06-28 11-08 11-09 12-31",
  2028: "01-03 01-04 01-20 02-28 02-29 03-08 03-20 03-21 03-22 03-23 03-24 05-05 05-08 05-09 05-29 06-15 06-26 11-08 11-09",
  2029: "01-01 01-02 01-03 02-14 02-15 03-08 03-20 03-21 03-22 03-23 03-26 04-24 04-25 05-09 05-28 06-15 06-26 11-08 11-09 12-31",
  2030: "01-01 01-02 02-04 02-05 03-08 03-20 03-21 03-22 03-25 03-26 04-15 04-16 05-09 05-28 06-17 06-26 11-08 11-11 12-31",
};

describe("days off", () => {
  it("agrees with python-holidays on every weekday off from 2021 to 2030", () => {
    for (const [year, days] of Object.entries(PYTHON_HOLIDAYS))
      expect(weekdaysOff(Number(year)).join(" "), year).toBe(days);
  });

  it("has 2020's quarantine days off, which python-holidays leaves out, on top of its list", () => {
    const days = weekdaysOff(2020);
    expect(days).toEqual(
      expect.arrayContaining(["03-30", "03-31", "04-01", "04-02", "04-03", "05-29"]),
    );
    expect(
      days.filter((d) => !["03-30", "03-31", "04-01", "04-02", "04-03", "05-29"].includes(d)),
    ).toEqual(
      "01-01 01-02 01-03 01-06 01-20 03-09 03-20 03-23 03-24 03-25 03-26 03-27 05-11 05-25 05-26 05-27 05-28 06-15 06-26 07-31 08-03 11-09 12-31".split(
        " ",
      ),
    );
    // Made a working day by the Novruz transfer, then a day off by the quarantine decision.
    expect(status("2020-03-29")).toMatchObject({ nonWorking: true, workingInstead: null });
  });

  it("moves a holiday's rest day (Art. 105.5) and adds a day for an Eid on another holiday (Art. 105.6)", () => {
    // 2026: Novruz 20–24 March with Ramazan bayramı on 20–21 March; days off 20 to 30 March.
    expect(status("2026-03-25").reasons).toMatchObject([{ kind: "moved", from: "2026-03-21" }]);
    expect(status("2026-03-26").reasons).toMatchObject([{ kind: "moved", from: "2026-03-22" }]);
    expect(status("2026-03-27").reasons).toMatchObject([
      {
        kind: "overlap",
        from: "2026-03-20",
        holiday: { observance: { id: "ramazan-bayrami" } },
        with: { observance: { id: "novruz" } },
      },
    ]);
    expect(status("2026-03-30").reasons).toMatchObject([{ kind: "overlap", from: "2026-03-21" }]);
    expect(status("2026-03-31").nonWorking).toBe(false);
    // Qurban bayramı on Independence Day.
    expect(status("2026-05-29").reasons).toMatchObject([{ kind: "overlap", from: "2026-05-28" }]);
  });

  it("never moves 20 January", () => {
    expect(status("2024-01-20")).toMatchObject({ nonWorking: true, movedTo: [] });
    expect(status("2024-01-22").nonWorking).toBe(false);
  });

  it("applies the Cabinet's transfers, after a holiday's own move", () => {
    // 8 March 2025 was a Saturday: its rest day moved to Monday 10 March, which the Cabinet swapped for 27 March.
    expect(status("2025-03-08").movedTo).toEqual(["2025-03-27"]);
    expect(status("2025-03-10")).toMatchObject({
      nonWorking: false,
      workingInstead: { to: "2025-03-27" },
    });
    expect(status("2025-03-27").reasons).toMatchObject([{ kind: "transfer", from: "2025-03-10" }]);
    // Across the turn of the year: 30 December 2023, a Saturday, was worked for 4 January 2024.
    expect(status("2023-12-30")).toMatchObject({
      nonWorking: false,
      workingInstead: { to: "2024-01-04" },
    });
    for (let d = "2023-12-31"; d <= "2024-01-06"; d = addDays(d, 1))
      expect(status(d).nonWorking, d).toBe(true);
    expect(status("2024-01-07").nonWorking).toBe(false);
  });

  it("is unknown before 2020, announced to 2026, and expected after", () => {
    expect(status("2019-05-28").nonWorking).toBeNull();
    expect(status("2026-11-10").expected).toBe(false);
    expect(status("2027-03-09")).toMatchObject({ nonWorking: true, expected: true });
  });

  it("lists the next breaks, a weekend alone not counting", () => {
    const breaks = nextBreaks(calendar, "2026-01-01", 5).map((b) => [b.from, b.to]);
    expect(breaks).toEqual([
      ["2026-01-01", "2026-01-04"],
      ["2026-01-20", "2026-01-20"],
      ["2026-03-07", "2026-03-09"],
      ["2026-03-20", "2026-03-30"],
      ["2026-05-09", "2026-05-11"],
    ]);
  });
});
