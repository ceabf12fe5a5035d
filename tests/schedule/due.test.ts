import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { composePost } from "../../src/schedule/compose.js";
import { isStale, nextDue } from "../../src/schedule/due.js";
import { type Schedule } from "../../src/model/subscription-model.js";
import { deliveryNonce } from "../../src/model/delivery-key.js";
import { retryDelayMinutes } from "../../src/delivery/retry-policy.js";
import { realCalendar } from "../kit/helpers.js";

const calendar = realCalendar();
const baku: Schedule = {
  timeZone: "Asia/Baku",
  postTime: "09:00",
  kinds: [],
  remindDays: 0,
  weekday: null,
};
const at = (iso: string) => DateTime.fromISO(iso);
const next = (schedule: typeof baku, from: string) => {
  const due = nextDue(calendar, schedule, at(from));
  return due && { at: due.at.toUTC().toISO(), date: due.date };
};

describe("what is due", () => {
  it("is the next local date with something to post, at its post time", () => {
    expect(next(baku, "2026-11-24T10:00:00Z")).toEqual({
      at: "2026-11-25T05:00:00.000Z",
      date: "2026-11-25",
    });
    expect(next(baku, "2026-11-25T05:00:30Z")).toEqual({
      at: "2026-11-25T05:00:00.000Z",
      date: "2026-11-25",
    });
    expect(next(baku, "2026-11-25T05:01:00Z")).toEqual({
      at: "2026-12-31T05:00:00.000Z",
      date: "2026-12-31",
    });
  });

  it("takes the kinds filter and reminders into account", () => {
    expect(
      next({ ...baku, kinds: ["memorial-day"] as never[] }, "2026-11-24T00:00:00Z")?.date,
    ).toBe("2027-01-20");
    expect(next({ ...baku, remindDays: 3 }, "2026-11-21T00:00:00Z")?.date).toBe("2026-11-22"); // reminder of 25 Nov
  });

  it("is never when no day matches", () => {
    const nothing = {
      ...calendar,
      observances: calendar.observances.filter((o) => o.kind !== "city-day"),
    };
    expect(
      nextDue(nothing, { ...baku, kinds: ["city-day"] }, at("2026-01-01T00:00:00Z")),
    ).toBeNull();
  });

  it("composes one post per date and kind, and a reminder only when asked", () => {
    expect(
      composePost(calendar, baku, "2026-11-08", "day")?.occurrences.map((o) => o.observance.id),
    ).toEqual(["victory-day", "shusha-city-day"]);
    expect(composePost(calendar, baku, "2026-11-22", "reminder")).toBeNull();
    expect(
      composePost(calendar, { ...baku, remindDays: 3 }, "2026-11-22", "reminder"),
    ).toMatchObject({ observedOn: "2026-11-25", daysAhead: 3 });
  });
});

describe("holidays of several days", () => {
  it("are posted once, on their first day, and a reminder once before it", () => {
    const posted = (date: string, kind: "day" | "reminder", remindDays = 0) =>
      composePost(calendar, { ...baku, remindDays }, date, kind)?.occurrences.map(
        (o) => o.observance.id,
      ) ?? [];
    expect(posted("2026-03-20", "day")).toEqual(["novruz", "ramazan-bayrami"]);
    for (const date of ["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24"])
      expect(posted(date, "day"), date).toEqual([]);
    expect(posted("2026-03-17", "reminder", 3)).toEqual(["novruz", "ramazan-bayrami"]);
    expect(posted("2026-03-18", "reminder", 3)).toEqual([]);
    expect(next(baku, "2026-03-20T06:00:00Z")?.date).toBe("2026-03-31");
  });
});

describe("weekly digests", () => {
  const mondays: Schedule = { ...baku, weekday: 1 };

  it("go out on the chosen weekday, with the seven days from it, and not on other days", () => {
    const week = composePost(calendar, mondays, "2026-11-23", "week")!;
    expect(week.occurrences.map((o) => `${o.date} ${o.observance.id}`)).toEqual([
      "2026-11-25 kalbajar-city-day",
    ]);
    expect(composePost(calendar, mondays, "2026-11-24", "week")).toBeNull();
    expect(composePost(calendar, mondays, "2026-11-23", "day")).toBeNull();
    // Novruz (five days from 20 March 2026, a Friday) is listed once, on its first day.
    const spring = composePost(calendar, { ...mondays, weekday: 5 }, "2026-03-20", "week")!;
    expect(spring.occurrences.filter((o) => o.observance.id === "novruz")).toHaveLength(1);
  });

  it("skip a week with nothing in it: the next is due on the first weekday whose week has a day", () => {
    expect(next(mondays, "2026-11-23T04:00:00Z")).toEqual({
      at: "2026-11-23T05:00:00.000Z",
      date: "2026-11-23",
    });
    // Nothing from 30 November to 27 December; the week of 28 December has 31 December and 1 January.
    expect(next(mondays, "2026-11-23T05:01:00Z")).toEqual({
      at: "2026-12-28T05:00:00.000Z",
      date: "2026-12-28",
    });
    // On Thursdays: the week from 24 December ends on the 30th; 31 December opens the next one.
    expect(next({ ...mondays, weekday: 4 }, "2026-11-23T05:01:00Z")).toEqual({
      at: "2026-12-31T05:00:00.000Z",
      date: "2026-12-31",
    });
  });
});

describe("catch-up", () => {
  it("sends a late post up to CATCH_UP_HOURS after its time, past local midnight too", () => {
    // 09:00 in Baku is 05:00Z; twelve hours later is 21:00 in Baku, 20 hours later 05:00 the next day.
    expect(isStale(baku, "2026-11-25", at("2026-11-25T17:00:00Z"), 12)).toBe(false);
    expect(isStale(baku, "2026-11-25", at("2026-11-25T17:01:00Z"), 12)).toBe(true);
    expect(isStale(baku, "2026-11-25", at("2026-11-26T00:59:00Z"), 20)).toBe(false); // 04:59 on the 26th
  });

  it("sends it only CATCH_UP_HOURS after its time when that is set", () => {
    expect(isStale(baku, "2026-11-25", at("2026-11-25T06:59:00Z"), 2)).toBe(false);
    expect(isStale(baku, "2026-11-25", at("2026-11-25T07:01:00Z"), 2)).toBe(true);
  });
});

describe("retries and nonces", () => {
  it("backs off 1, 2, 4, 8, 16 minutes and no longer", () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelayMinutes)).toEqual([1, 2, 4, 8, 16, 16]);
  });

  it("derives a Discord nonce of at most 25 characters, the same for the same message only", () => {
    const key = { subscriptionId: "s1", date: "2026-11-25", kind: "day" as const, part: 0 };
    expect(deliveryNonce(key)).toHaveLength(25);
    expect(deliveryNonce(key)).toBe(deliveryNonce({ ...key }));
    expect(deliveryNonce(key)).not.toBe(deliveryNonce({ ...key, kind: "reminder" }));
    expect(deliveryNonce(key)).not.toBe(deliveryNonce({ ...key, date: "2027-11-25" }));
    expect(deliveryNonce(key)).not.toBe(deliveryNonce({ ...key, part: 1 }));
    // A first message keeps the nonce posts had before they could have several.
    expect(deliveryNonce(key)).toBe("4ympQZZlHFiYYftuIP8tU1orB");
  });
});
