import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { KINDS } from "../../src/model/calendar-schema.js";
import { calendarIcsRoute } from "../../src/http/calendar-ics-route.js";
import type { HttpAnswer } from "../../src/http/listener.js";
import { manualClock, manualMonotonic } from "../clock.js";
import { realCalendar } from "../kit/helpers.js";

function route() {
  const clock = manualClock("2026-11-25T06:00:00Z");
  const monotonic = manualMonotonic();
  const feed = calendarIcsRoute({ calendar: realCalendar(), clock, monotonic, zone: "Asia/Baku" });
  const get = async (query: string) =>
    (await feed(new URL(`http://x/calendar.ics?${query}`), {})) as HttpAnswer;
  return { clock, monotonic, get };
}

const stamp = (answer: HttpAnswer) => String(answer.body).match(/^DTSTAMP:(\S+)\r$/m)?.[1];

describe("/calendar.ics under a flood", () => {
  it("answers one feed per language and set of kinds, whatever order or repetition they were typed in", async () => {
    const { get } = route();
    const a = await get("lang=az&kinds=memorial-day,city-day");
    expect(a.status).toBe(200);
    for (const query of [
      "lang=az&kinds=city-day,memorial-day",
      "lang=az&kinds=city-day, memorial-day ,city-day",
    ])
      expect(await get(query), query).toBe(a);
    const all = await get("lang=az");
    expect(await get("lang=az&kinds=all")).toBe(all);
    expect(await get(`lang=az&kinds=${[...KINDS].reverse().join(",")}`)).toBe(all);
    expect(await get("lang=ru")).not.toBe(all);
  });

  it("makes a language's feed once a minute of the monotonic clock, for every set of kinds", async () => {
    const { clock, monotonic, get } = route();
    expect(stamp(await get("lang=en&kinds=city-day"))).toBe("20261125T060000Z");
    clock.advance({ seconds: 30 });
    monotonic.advance(30_000);
    // Made from the same feed of every kind, made 30 s ago.
    expect(stamp(await get("lang=en&kinds=public-holiday,memorial-day"))).toBe("20261125T060000Z");
    monotonic.advance(30_001);
    // A minute old: answered at once, and made again in the background.
    expect(stamp(await get("lang=en&kinds=memorial-day"))).toBe("20261125T060000Z");
    await expect
      .poll(async () => stamp(await get("lang=en&kinds=memorial-day")))
      .toBe("20261125T060030Z");
  });

  it("makes the feed again a minute after, when the wall clock steps back", async () => {
    const { clock, monotonic, get } = route();
    expect(stamp(await get("lang=en"))).toBe("20261125T060000Z");
    clock.set("2026-11-20T06:00:00Z");
    monotonic.advance(60_001);
    await get("lang=en");
    await expect.poll(async () => stamp(await get("lang=en"))).toBe("20261120T060000Z");
  });

  it("makes a feed in slices: the event loop turns between its events", async () => {
    const { get } = route();
    let turns = 0;
    let turning = true;
    void (async () => {
      while (turning) {
        turns++;
        await nextTurn();
      }
    })();
    const answer = await get("lang=ru");
    turning = false;
    const events = String(answer.body).match(/^BEGIN:VEVENT\r$/gm)!.length;
    expect(events).toBeGreaterThan(20);
    expect(turns).toBeGreaterThanOrEqual(events);
  });
});
