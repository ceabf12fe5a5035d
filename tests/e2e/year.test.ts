import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/time/local-date.js";
import { composePost, postKinds } from "../../src/schedule/compose.js";

import { postInstant } from "../../src/time/post-instant.js";
import type { Subscription } from "../../src/model/subscription-model.js";
import { manualClock } from "../clock.js";
import { realCalendar } from "../kit/helpers.js";
import { startHarness } from "../kit/bot-harness.js";
import { addChannels, messages, subscribe, ZONES } from "../kit/delivery-helpers.js";

const TIMES = ["00:00", "07:45", "09:00", "18:30", "23:59"];
const START = "2025-12-31T00:00:00Z";
const END = "2026-12-31T23:59:00Z";

/** Every post a subscription should make between START and END, as "instant kind", independently of the store. */
function expectedPosts(sub: Subscription): string[] {
  const result: string[] = [];
  for (let date = "2025-12-30"; date <= "2027-01-01"; date = addDays(date, 1)) {
    for (const kind of postKinds(sub)) {
      if (!composePost(realCalendar(), sub, date, kind)) continue;
      const at = postInstant(date, sub.postTime, sub.timeZone).toUTC();
      if (at >= DateTime.fromISO(START) && at <= DateTime.fromISO(END))
        result.push(`${at.toISO()} ${kind}`);
    }
  }
  return result;
}

describe("a simulated year", () => {
  it(
    "200 subscriptions in six zones each get exactly the expected posts, at the expected minute, none twice",
    { timeout: 120_000 },
    async () => {
      const clock = manualClock(START);
      const h = await startHarness({
        clock,
        globalRequestsPerSecond: 5000,
        discord: { globalLimit: 5000, channelLimit: { limit: 1000, windowMs: 5000 } },
      });
      try {
        const subs: Subscription[] = [];
        for (const [i, target] of addChannels(h.discord, 200).entries()) {
          subs.push(
            await subscribe(h, {
              ...target,
              timeZone: ZONES[i % ZONES.length]!,
              postTime: TIMES[i % TIMES.length]!,
              remindDays: i % 4 === 0 ? (i % 7) + 1 : 0,
              // Every tenth a weekly digest, on each weekday in turn, in every zone.
              weekday: i % 10 === 3 ? (i % 7) + 1 : null,
              kinds: i % 5 === 0 ? ["city-day", "memorial-day"] : [],
              language: (["en", "az", "ru"] as const)[i % 3]!,
            }),
          );
        }
        // Jump from one due instant to the next, as the minute ticks would reach them.
        let ticks = 0;
        for (;;) {
          const [next] = await h.subscriptions.due("9999-12-31T00:00:00.000Z", 1);
          if (!next || next.nextDueAt! > END) break;
          clock.set(DateTime.fromISO(next.nextDueAt!));
          await h.dispatcher.tick();
          ticks++;
        }
        let total = 0;
        for (const sub of subs) {
          const kind = (m: { content: string }) =>
            sub.weekday !== null
              ? "week"
              : /In |gün sonra|Через/.test(m.content)
                ? "reminder"
                : "day";
          const got = messages(h, sub.channelId).map((m) => `${m.timestamp} ${kind(m)}`);
          expect(got, `${sub.timeZone} ${sub.postTime}`).toEqual(expectedPosts(sub));
          total += got.length;
        }
        // Spot checks that do not rely on the oracle above: Kalbajar City Day at 09:00 in three zones.
        const at = (zone: string, time: string) =>
          subs.find(
            (s) =>
              s.timeZone === zone && s.postTime === time && !s.kinds.length && s.weekday === null,
          )!;
        const kalbajar = (sub: Subscription) =>
          messages(h, sub.channelId).filter(
            (m) =>
              m.embeds.some((e: { title: string }) =>
                /^(Kalbajar City Day|Kəlbəcər Şəhəri Günü|День города Кяльбаджар)/.test(e.title),
              ) && !m.content,
          );
        expect(kalbajar(at("Asia/Baku", "09:00")).map((m) => m.timestamp)).toEqual([
          "2026-11-25T05:00:00.000Z",
        ]);
        expect(kalbajar(at("Asia/Kathmandu", "09:00")).map((m) => m.timestamp)).toEqual([
          "2026-11-25T03:15:00.000Z",
        ]);
        expect(kalbajar(at("Pacific/Chatham", "09:00")).map((m) => m.timestamp)).toEqual([
          "2026-11-24T19:15:00.000Z",
        ]);
        // A digest on Wednesdays: the week that opens on Kalbajar City Day (Wednesday 25 November).
        const digest = subs.find((s) => s.weekday === 3 && !s.kinds.length)!;
        const weeks = messages(h, digest.channelId).filter((m) =>
          /: 25 \S+ 2026.* – 1 \S+ 2026/.test(m.embeds[0].title),
        );
        expect(weeks).toHaveLength(1);
        expect(weeks[0].embeds[0].description).toMatch(
          /Kalbajar City Day|Kəlbəcər Şəhəri Günü|День города Кяльбаджар/,
        );
        expect(subs.filter((s) => s.weekday !== null)).toHaveLength(20);
        expect(total).toBeGreaterThan(5000);
        expect(ticks).toBeGreaterThan(500);
      } finally {
        await h.stop();
      }
    },
  );
});
