import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { plannedEvents } from "../../src/scheduled-events/event-plan.js";
import { calendarWith } from "../../src/server-dates/server-date.js";
import { newServerDate, realCalendar } from "../kit/helpers.js";

const baku = { timeZone: "Asia/Baku", postTime: "09:00", kinds: [], language: "en" as const };
const at = (iso: string) => DateTime.fromISO(iso, { zone: "utc" });

describe("the scheduled events a server should have", () => {
  it("are the next seven days' observances, from their post time to the end of their last day", () => {
    const events = plannedEvents(realCalendar(), baku, at("2027-03-15T00:00:00Z"));
    expect(events.map((e) => [e.key, e.name, e.start, e.end, e.location])).toEqual([
      [
        "novruz/2027-03-20",
        "Novruz Holiday",
        "2027-03-20T05:00:00.000Z",
        "2027-03-24T20:00:00.000Z", // the end of 24 March in Baku: five days
        "Azerbaijan",
      ],
    ]);
    const eid = plannedEvents(realCalendar(), baku, at("2027-03-05T00:00:00Z")).find((e) =>
      e.key.startsWith("ramazan-bayrami/"),
    );
    expect(eid!.name).toBe("Ramadan Holiday (Eid al-Fitr) (expected)");
  });

  it("fit Discord's limits: names of 100 characters, descriptions of 1,000, cut with an ellipsis", () => {
    const long = newServerDate({
      name: "N".repeat(150),
      text: "T".repeat(1500),
      month: 3,
      day: 16,
    });
    const calendar = calendarWith(realCalendar(), [long], "en");
    const [event] = plannedEvents(calendar, baku, at("2027-03-15T00:00:00Z")).filter((e) =>
      e.key.startsWith("server-"),
    );
    expect(event!.name).toHaveLength(100);
    expect(event!.name.endsWith("…")).toBe(true);
    expect(event!.description).toHaveLength(1000);
  });

  it("leave out an observance whose day is over, and change their hash when what they say changes", () => {
    // On its last day a holiday begun days ago is still planned, so a sync does not remove it early.
    const during = plannedEvents(realCalendar(), baku, at("2027-03-24T19:59:00Z"));
    expect(during.map((e) => e.key)).toContain("novruz/2027-03-20");
    const after = plannedEvents(realCalendar(), baku, at("2027-03-24T20:00:00Z"));
    expect(after.map((e) => e.key)).not.toContain("novruz/2027-03-20");
    const [en] = plannedEvents(realCalendar(), baku, at("2026-11-24T00:00:00Z"));
    const [az] = plannedEvents(
      realCalendar(),
      { ...baku, language: "az" },
      at("2026-11-24T00:00:00Z"),
    );
    expect(en!.key).toBe(az!.key);
    expect(en!.hash).not.toBe(az!.hash);
  });
});
