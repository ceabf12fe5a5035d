import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  nextOccurrences,
  occurrencesBetween,
  indexedYears,
  occurrencesOn,
} from "../../src/calendar/occurrences.js";
import { KEPT_YEARS } from "../../src/calendar/recent-years.js";
import { localDate } from "../../src/time/local-date.js";
import type { Calendar } from "../../src/model/calendar-schema.js";
import { observance, realCalendar } from "../kit/helpers.js";

const ids = (date: string) => occurrencesOn(realCalendar(), date).map((o) => o.observance.id);
const on = (date: string, id: string) =>
  occurrencesOn(realCalendar(), date).find((o) => o.observance.id === id);

describe("anniversaries (vectors from the sources)", () => {
  it("Victory Day 2025 is the 5th anniversary and 2023 the 3rd", () => {
    expect(on("2025-11-08", "victory-day")?.anniversary).toBe(5);
    expect(on("2023-11-08", "victory-day")?.anniversary).toBe(3);
  });

  it("Kalbajar City Day 2025 marks 5 years since 25 November 2020", () => {
    const kalbajar = on("2025-11-25", "kalbajar-city-day")!;
    expect(kalbajar.anniversary).toBe(5);
    expect(kalbajar.observance.event).toBe("2020-11-25");
  });

  it("the Khojaly remembrance of 2022 is the 30th", () => {
    expect(on("2022-02-26", "khojaly-genocide-day")?.anniversary).toBe(30);
  });

  it("has no anniversary number where the day commemorates no dated event", () => {
    expect(on("2026-12-31", "world-azerbaijanis-solidarity-day")?.anniversary).toBeNull();
  });
});

describe("occurrences", () => {
  it("lists both observances of a shared date, holidays before city days", () => {
    expect(ids("2026-11-08")).toEqual(["victory-day", "shusha-city-day"]);
    expect(ids("2026-09-20")).toEqual([
      "state-sovereignty-day",
      "khankendi-khojaly-khojavend-aghdara-city-day",
      "oil-workers-day",
    ]);
  });

  it("does not show a day before it was first observed", () => {
    expect(ids("2020-11-08")).toEqual([]);
    expect(ids("2021-11-08")).toEqual(["victory-day"]);
    expect(ids("2009-11-09")).not.toContain("state-flag-day");
    expect(ids("2010-11-09")).toContain("state-flag-day");
  });

  it("takes the local date of an instant in the given IANA zone", () => {
    const instant = DateTime.fromISO("2026-11-24T21:30:00Z");
    expect(localDate(instant, "Asia/Baku")).toBe("2026-11-25");
    expect(localDate(instant, "America/New_York")).toBe("2026-11-24");
    expect(localDate(instant, "Asia/Kathmandu")).toBe("2026-11-25");
  });

  it("finds the next occurrences across the turn of the year, from the given date inclusive", () => {
    const next = nextOccurrences(realCalendar(), "2026-11-25", { count: 3 });
    expect(next.map((o) => [o.date, o.observance.id])).toEqual([
      ["2026-11-25", "kalbajar-city-day"],
      ["2026-12-31", "world-azerbaijanis-solidarity-day"],
      ["2027-01-01", "new-year"],
    ]);
  });

  it("filters the next occurrences by kind", () => {
    const next = nextOccurrences(realCalendar(), "2026-01-01", { count: 4, kinds: ["city-day"] });
    expect(next.map((o) => o.observance.id)).toEqual([
      "lachin-city-day",
      "khankendi-khojaly-khojavend-aghdara-city-day",
      "jabrayil-city-day",
      "fuzuli-city-day",
    ]);
  });

  it("lists every observance's first day exactly once over a whole year", () => {
    const year = occurrencesBetween(realCalendar(), "2026-01-01", "2026-12-31").filter(
      (o) => o.day === 1,
    );
    expect(year.map((o) => o.observance.id).sort()).toEqual(
      realCalendar()
        .observances.map((o) => o.id)
        .sort(),
    );
  });

  it("has 29 February in leap years only", () => {
    const leap: Calendar = {
      ...realCalendar(),
      observances: [
        { ...observance("victory-day"), id: "leap", date: { month: 2, day: 29, days: 1 } },
      ],
    };
    const found = occurrencesBetween(leap, "2027-01-01", "2028-12-31").map((o) => o.date);
    expect(found).toEqual(["2028-02-29"]);
  });
});

describe("the per-year index", () => {
  it("keeps only the most recently used years, however many are asked for", () => {
    const calendar = realCalendar();
    for (let year = 1900; year < 2100; year++) occurrencesOn(calendar, `${year}-11-08`);
    expect(indexedYears(calendar)).toBe(KEPT_YEARS);
    expect(ids("2026-11-08")).toEqual(["victory-day", "shusha-city-day"]);
  });
});

describe("a day renamed later", () => {
  it("shows 28 May under the name it had that year: Republic Day before 2021, Independence Day after", () => {
    expect(on("2019-05-28", "independence-day")?.names).toMatchObject({
      en: "Republic Day",
      az: "Respublika Günü",
    });
    expect(on("2026-05-28", "independence-day")?.names.en).toBe("Independence Day");
  });
});
