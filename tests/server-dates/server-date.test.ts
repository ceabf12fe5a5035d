import { describe, expect, it } from "vitest";
import { inLanguage } from "../../src/i18n/translate.js";
import { composePost } from "../../src/schedule/compose.js";
import { calendarWith, checkServerDate } from "../../src/server-dates/server-date.js";
import { type ServerDate, type ServerDateFields } from "../../src/model/server-date-model.js";
import { newServerDate, realCalendar } from "../kit/helpers.js";

const serverDate = (over: Partial<ServerDate> = {}) => newServerDate({ id: "d1", ...over });
const { name, text, month, day, year, firstYear, language } = serverDate();
const fields: ServerDateFields = { name, text, month, day, year, firstYear, language };
const refusal = (f: Partial<ServerDateFields>, lang: "en" | "ru" = "en") => {
  const checked = checkServerDate({ ...fields, ...f }, "2026-11-27");
  return checked.ok ? null : inLanguage(lang, checked.error);
};
const daily = { kinds: [], remindDays: 0, weekday: null };

describe("a server's own dates", () => {
  it("are refused with what is wrong: length, mentions, masked links, a passed one-off day, a future first year", () => {
    expect(refusal({})).toBeNull();
    expect(refusal({ name: " " })).toBe("The name must be 1 to 100 characters long.");
    expect(refusal({ text: "x".repeat(501) })).toBe("The text must be 1 to 500 characters long.");
    expect(refusal({ text: "Hi <@&123456789012345678>!" })).toMatch(/^The text may not mention/);
    expect(refusal({ name: "@everyone party" })).toMatch(/^The name may not mention/);
    expect(refusal({ text: "See [the rules](https://example.com/x)" })).toMatch(
      /^The text may not hide a link/,
    );
    for (const hidden of [
      "[[x]](https://evil.example)",
      "[paypal.com]login](https://evil.example)",
    ])
      expect(refusal({ text: hidden }), hidden).toMatch(/^The text may not hide a link/);
    expect(refusal({ text: "See https://example.com/x" })).toBeNull();
    expect(refusal({ year: 2027, month: 2, day: 29 })).toBe(
      '"29.2.2027" is not a real date (2027: no day 29 in month 2).',
    );
    expect(refusal({ year: 2026, month: 11, day: 26 })).toBe(
      "26 November 2026 has passed: a one-off date must be today or later.",
    );
    expect(refusal({ year: 2026, month: 11, day: 26 }, "ru")).toMatch(
      /^Дата 26 ноября 2026\sг\. уже прошла/,
    );
    expect(refusal({ year: 2026, month: 11, day: 27 })).toBeNull();
    expect(refusal({ firstYear: 2027 })).toBe("first-year must be from 1000 to 2026, not 2027.");
  });

  it("are posted with the calendar's days of the same date, with their anniversary, and no sources", () => {
    const calendar = calendarWith(realCalendar(), [serverDate()], "en");
    const post = composePost(calendar, daily, "2026-11-25", "day")!;
    expect(post.occurrences.map((o) => [o.observance.id, o.anniversary])).toEqual([
      ["kalbajar-city-day", 6],
      ["server-d1", 5],
    ]);
    expect(post.occurrences[1]!.observance.kind).toBe("server-day");
    // A subscription whose kinds leave them out does not get them.
    const cities = composePost(calendar, { ...daily, kinds: ["city-day"] }, "2026-11-25", "day")!;
    expect(cities.occurrences.map((o) => o.observance.id)).toEqual(["kalbajar-city-day"]);
  });

  it("are posted in the order they were added, so that one added during the day comes last", () => {
    const earlier = serverDate({ id: "f0", createdAt: "2026-11-20T10:00:00.000Z" });
    const later = serverDate({ id: "0a", createdAt: "2026-11-25T06:00:00.000Z" });
    const calendar = calendarWith(realCalendar(), [later, earlier], "en");
    const post = composePost(calendar, daily, "2026-11-25", "day")!;
    expect(post.occurrences.map((o) => o.observance.id)).toEqual([
      "kalbajar-city-day",
      "server-f0",
      "server-0a",
    ]);
  });

  it("a yearly date is posted from its first year on: that year without a count", () => {
    const party = serverDate({ month: 12, day: 25, firstYear: 2026 });
    const calendar = calendarWith(realCalendar(), [party], "en");
    const [first] = composePost(calendar, daily, "2026-12-25", "day")!.occurrences;
    expect([first!.observance.id, first!.anniversary]).toEqual(["server-d1", null]);
    const [next] = composePost(calendar, daily, "2027-12-25", "day")!.occurrences;
    expect(next!.anniversary).toBe(1);
    expect(composePost(calendar, daily, "2025-12-25", "day")).toBeNull();
  });

  it("a one-off date only in its year; a date in one language only to that language's subscriptions", () => {
    const once = calendarWith(realCalendar(), [serverDate({ year: 2027, firstYear: null })], "en");
    expect(composePost(once, daily, "2026-11-25", "day")!.occurrences).toHaveLength(1);
    expect(composePost(once, daily, "2027-11-25", "day")!.occurrences).toHaveLength(2);
    expect(composePost(once, daily, "2028-11-25", "day")!.occurrences).toHaveLength(1);
    const azOnly = [serverDate({ language: "az" })];
    expect(calendarWith(realCalendar(), azOnly, "en")).toBe(realCalendar());
    expect(calendarWith(realCalendar(), azOnly, "az").observances.at(-1)!.id).toBe("server-d1");
  });
});
