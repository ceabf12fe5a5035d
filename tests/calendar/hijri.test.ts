import { describe, expect, it } from "vitest";
import { hijriDatesIn } from "../../src/calendar/hijri.js";
import { occurrencesOn } from "../../src/calendar/occurrences.js";
import { realCalendar } from "../kit/helpers.js";

// The Cabinet of Ministers' decisions for 2020–2026, as reported (docs/research/holidays-2020-2030.md).
const ANNOUNCED = {
  ramazan: [
    "2020-05-24",
    "2021-05-13",
    "2022-05-02",
    "2023-04-21",
    "2024-04-10",
    "2025-03-30",
    "2026-03-20",
  ],
  qurban: [
    "2020-07-31",
    "2021-07-20",
    "2022-07-09",
    "2023-06-28",
    "2024-06-16",
    "2025-06-06",
    "2026-05-27",
  ],
};

describe("the Hijri calendar (Umm al-Qura, from ICU)", () => {
  it("gives every Eid date the Cabinet announced for 2020–2026", () => {
    for (const date of ANNOUNCED.ramazan)
      expect(hijriDatesIn(Number(date.slice(0, 4)), 10, 1)).toEqual([date]);
    for (const date of ANNOUNCED.qurban)
      expect(hijriDatesIn(Number(date.slice(0, 4)), 12, 10)).toEqual([date]);
  });

  it("finds a Hijri date twice in a Gregorian year where it falls twice (1 Shawwal in 2000)", () => {
    expect(hijriDatesIn(2000, 10, 1)).toEqual(["2000-01-08", "2000-12-27"]);
  });
});

describe("the movable holidays", () => {
  const calendar = realCalendar();
  const eid = (date: string) =>
    occurrencesOn(calendar, date).find((o) => o.observance.id.endsWith("bayrami"));

  it("takes announced years from the data and marks computed years as expected", () => {
    expect(eid("2026-03-21")).toMatchObject({
      day: 2,
      days: 2,
      start: "2026-03-20",
      expected: false,
    });
    expect(eid("2027-03-09")).toMatchObject({ day: 1, days: 2, expected: true });
    expect(eid("2027-05-17")).toMatchObject({
      day: 2,
      observance: { id: "qurban-bayrami" },
      expected: true,
    });
  });

  it("has no date for a year before the first announced one, rather than a guess", () => {
    expect(eid("2019-06-05")).toBeUndefined();
    expect(eid("2019-06-04")).toBeUndefined();
  });
});
