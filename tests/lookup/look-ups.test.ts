import { describe, expect, it } from "vitest";
import type { Calendar } from "../../src/model/calendar-schema.js";
import { createSearchIndex } from "../../src/calendar/search-index.js";
import { runCommand } from "../../src/cli/commands.js";
import { fixedClock } from "../../src/clock/clock.js";
import { lookUps } from "../../src/lookup/look-ups.js";
import { observance, realCalendar } from "../kit/helpers.js";

describe("the look-up layer the CLI and Discord share", () => {
  // A day whose id another day's alias repeats, and that other day ranks first by kind.
  const city = { ...observance("shusha-city-day"), id: "victory-parade" };
  const holiday = { ...observance("victory-day"), aliases: ["victory parade"] };
  const calendar: Calendar = { ...realCalendar(), observances: [city, holiday] };
  const index = createSearchIndex(calendar);
  const look = lookUps(calendar, index);

  it("finds an observance by its exact id before any name that matches the same words", () => {
    expect(index.search("victory-parade", 1)[0]!.observance.id).toBe("victory-day");
    expect(look.event("victory-parade", "2026-01-01")!.observance.id).toBe("victory-parade");
    expect(look.event("victory", "2026-01-01")!.observance.id).toBe("victory-day");
    expect(look.event("no such day at all", "2026-01-01")).toBeNull();
  });

  it("gives the CLI's `event` the same answer", () => {
    const ctx = {
      calendar,
      index,
      lookUps: look,
      clock: fixedClock("2026-01-01T00:00:00Z"),
      defaultZone: "Asia/Baku",
      defaultLanguage: "en" as const,
    };
    const result = runCommand(ctx, ["event", "victory-parade", "--json"]);
    expect(JSON.parse(result.stdout).id).toBe("victory-parade");
  });

  it("answers a day with its working status and, when it has nothing, what comes next", () => {
    const real = lookUps(realCalendar(), createSearchIndex(realCalendar()));
    const empty = real.day("2026-11-24");
    expect(empty).toMatchObject({ occurrences: [], status: { nonWorking: false } });
    expect(empty.next!.observance.id).toBe("kalbajar-city-day");
    expect(real.day("2026-11-25")).toMatchObject({
      next: null,
      occurrences: [{ date: "2026-11-25" }],
    });
  });
});
