import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionOption } from "../kit/fake-discord/server.js";
import { manualClock, type ManualClock } from "../clock.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { messages, subscribe, subscriptionCommand } from "../kit/delivery-helpers.js";

const [STRING, INTEGER, CHANNEL] = [3, 4, 7];

describe("weekly digests", () => {
  let h: Harness;
  let clock: ManualClock;
  const channel = (i: number) => h.guild.channels[i]!.id;
  const run = (subcommand: string, options: InteractionOption[]) =>
    subscriptionCommand(h, subcommand, options);

  beforeAll(async () => {
    // Monday 23 November 2026, 04:00 in Baku.
    clock = manualClock("2026-11-23T00:00:00Z");
    h = await startHarness({ clock });
  });
  afterAll(() => h.stop());

  it("are chosen with cadence and weekday, listed as such, previewed on their day, and turned back to daily", async () => {
    const added = await run("add", [
      { name: "channel", type: CHANNEL, value: channel(0) },
      { name: "cadence", type: STRING, value: "weekly" },
      { name: "weekday", type: INTEGER, value: 3 },
    ]);
    expect(added.data.content).toMatch(
      /^Subscribed\.\n<#\d+> · 09:00 Asia\/Baku · en · all kinds · weekly digest on Wednesday\n/,
    );
    const [sub] = await h.subscriptions.list(h.guild.id);
    expect(sub).toMatchObject({ weekday: 3, nextDueDate: "2026-11-25" });
    const pick = { name: "subscription", type: STRING, value: sub!.id };
    const preview = await run("preview", [pick, { name: "date", type: STRING, value: "25.11" }]);
    const [embed] = preview.data.embeds;
    expect(embed.title).toBe("The week ahead: 25 November 2026 – 1 December 2026");
    expect(embed.description).toMatch(
      /^25 November 2026 · \*\*Kalbajar City Day — 6th anniversary\*\* \(<t:\d+:R>\)$/,
    );
    const tuesday = await run("preview", [pick, { name: "date", type: STRING, value: "24.11" }]);
    expect(tuesday.data.content).toMatch(/^Nothing would be posted to <#\d+> on 24 November/);

    const monday = await run("edit", [pick, { name: "weekday", type: INTEGER, value: 1 }]);
    expect(monday.data.content).toContain("weekly digest on Monday");
    const daily = await run("edit", [pick, { name: "cadence", type: STRING, value: "daily" }]);
    expect(daily.data.content).not.toContain("weekly");
    expect((await h.subscriptions.list(h.guild.id))[0]).toMatchObject({
      weekday: null,
      nextDueDate: "2026-11-25",
    });
    const bad = await run("edit", [pick, { name: "weekday", type: INTEGER, value: 9 }]);
    expect(bad.data.content).toBe("weekday must be from 1 (Monday) to 7 (Sunday), not 9.");
    await h.subscriptions.remove(h.guild.id, sub!.id);
  });

  it("go out once on their day; late after downtime within the catch-up window, dropped past it", async () => {
    const sub = await subscribe(h, { channelId: channel(1), weekday: 1, language: "az" });
    expect(sub.nextDueAt).toBe("2026-11-23T05:00:00.000Z");
    // The bot was down at 09:00; it is back at 13:00, four hours late: the digest goes out then.
    clock.set("2026-11-23T09:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 0 });
    const [digest] = messages(h, channel(1));
    expect(messages(h, channel(1))).toHaveLength(1);
    expect(digest.timestamp).toBe("2026-11-23T09:00:00.000Z");
    expect(digest.embeds[0].title).toBe("Qarşıdakı həftə: 23 noyabr 2026 – 29 noyabr 2026");
    // The next week with a day in it opens on 28 December; down from before it until 13 hours past.
    const [after] = await h.subscriptions.list(h.guild.id);
    expect(after!.nextDueAt).toBe("2026-12-28T05:00:00.000Z");
    clock.set("2026-12-28T18:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 0, dropped: 1 });
    expect(messages(h, channel(1))).toHaveLength(1);
    const [later] = await h.subscriptions.list(h.guild.id);
    expect(later!.nextDueDate! > "2026-12-28").toBe(true);
  });
});
