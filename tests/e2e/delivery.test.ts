import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { addRole, makeGuild, makeUser, type FakeRole } from "../kit/fake-discord/fixtures.js";
import { DISCORD_ERRORS, seededRandom } from "../kit/fake-discord/server.js";
import { manualClock, type ManualClock } from "../clock.js";
import { observance, realCalendar } from "../kit/helpers.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { addChannels, messages, posts, subscribe } from "../kit/delivery-helpers.js";

function guildWith(names: string[]) {
  const guild = makeGuild("Delivery", makeUser("owner").id, names);
  return guild;
}

describe("delivery: the day's post, once, on time", () => {
  let h: Harness;
  let clock: ManualClock;
  let role: FakeRole;
  const channel = (name: string) => h.guild.channels.find((c) => c.name === name)!.id;

  beforeAll(async () => {
    clock = manualClock("2026-11-01T00:00:00Z");
    const guild = guildWith(["baku", "utc", "news", "gone", "forbidden"]);
    guild.channels.find((c) => c.name === "news")!.type = 5;
    role = addRole(guild, "Members", true);
    // Simulated days pass in milliseconds: a channel's real-time bucket must not make the test wait.
    h = await startHarness({
      clock,
      guild,
      discord: { channelLimit: { limit: 50, windowMs: 5000 } },
    });
  });
  afterAll(() => h.stop());

  it("posts at the local post time with the role mentioned, a nonce, and nothing else allowed to ping", async () => {
    const sub = await subscribe(h, { channelId: channel("baku"), roleId: role.id });
    expect(sub.nextDueAt).toBe("2026-11-08T05:00:00.000Z");
    clock.set("2026-11-08T04:59:00Z");
    expect((await h.dispatcher.tick()).sent).toBe(0);
    clock.set("2026-11-08T05:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ due: 1, sent: 1 });
    const [request] = posts(h, channel("baku"));
    expect(request!.body).toMatchObject({
      content: `<@&${role.id}>`,
      allowed_mentions: { parse: [], users: [], roles: [role.id] },
      enforce_nonce: true,
    });
    expect(request!.body.nonce).toHaveLength(25);
    expect(request!.body.embeds.map((e: { title: string }) => e.title)).toEqual([
      "Victory Day — 6th anniversary",
      "Shusha City Day — 6th anniversary",
    ]);
    expect(messages(h, channel("baku"))[0].timestamp).toBe("2026-11-08T05:00:00.000Z");
  });

  it("does not post twice, whatever the ticks, and schedules the next day with a post", async () => {
    await h.dispatcher.tick();
    clock.set("2026-11-08T05:01:00Z");
    await h.dispatcher.tick();
    expect(posts(h, channel("baku"))).toHaveLength(1);
    const [sub] = await h.subscriptions.list(h.guild.id);
    expect(sub).toMatchObject({
      nextDueAt: "2026-11-09T05:00:00.000Z",
      nextDueDate: "2026-11-09",
      lastError: null,
    });
    expect(sub!.lastPostAt).toBe("2026-11-08T05:00:00.000Z");
    expect(await h.deliveries.list(sub!.id)).toEqual([
      expect.objectContaining({ date: "2026-11-08", kind: "day", status: "sent", attempts: 1 }),
    ]);
  });

  it("reminds N days before, with 'in N days' and a Discord timestamp", async () => {
    await subscribe(h, {
      channelId: channel("utc"),
      timeZone: "UTC",
      remindDays: 3,
      kinds: ["city-day"],
    });
    clock.set("2026-11-17T09:00:00Z");
    await h.dispatcher.tick();
    const [reminder] = posts(h, channel("utc")).map((r) => r.body);
    expect(reminder.content).toMatch(/^In 3 days: 20 November 2026 \(<t:\d+:R>\)$/);
    expect(reminder.embeds[0].title).toBe("Aghdam City Day — 6th anniversary");
    expect(reminder.allowed_mentions.roles).toEqual([]);
  });

  it("publishes the post in an announcement channel when asked", async () => {
    await subscribe(h, { channelId: channel("news"), timeZone: "UTC", publish: true });
    clock.set("2026-11-20T09:00:00Z");
    await h.dispatcher.tick();
    const [message] = messages(h, channel("news"));
    expect(
      h.discord.seen(
        "POST",
        new RegExp(`^/channels/${channel("news")}/messages/${message.id}/crosspost$`),
      ),
    ).toHaveLength(1);
  });

  it("Unknown Channel (10003) removes the subscription; Missing Permissions (50013) breaks only that one", async () => {
    const gone = await subscribe(h, {
      channelId: channel("gone"),
      timeZone: "UTC",
      postTime: "10:00",
    });
    const forbidden = await subscribe(h, {
      channelId: channel("forbidden"),
      timeZone: "UTC",
      postTime: "10:00",
    });
    const fine = await subscribe(h, {
      channelId: channel("baku"),
      timeZone: "UTC",
      postTime: "10:00",
      language: "ru",
    });
    h.discord.failNext(
      new RegExp(`^/channels/${channel("gone")}/messages$`),
      DISCORD_ERRORS.unknownChannel,
    );
    h.discord.failNext(
      new RegExp(`^/channels/${channel("forbidden")}/messages$`),
      DISCORD_ERRORS.missingPermissions,
    );
    clock.set("2026-11-25T10:00:00Z");
    await h.dispatcher.tick();
    const after = await h.subscriptions.list(h.guild.id);
    expect(after.find((s) => s.id === gone.id)).toBeUndefined();
    expect(after.find((s) => s.id === forbidden.id)).toMatchObject({
      status: "broken",
      brokenReason: "Missing Permissions (50013)",
    });
    expect(messages(h, channel("baku")).at(-1).timestamp).toBe("2026-11-25T10:00:00.000Z");
    expect(after.find((s) => s.id === fine.id)!.lastPostAt).toBe("2026-11-25T10:00:00.000Z");
    // Neither is tried again: no loop into Discord's invalid-request limit.
    clock.set("2026-12-31T10:00:00Z");
    await h.dispatcher.tick();
    expect(posts(h, channel("gone"))).toHaveLength(1);
    expect(posts(h, channel("forbidden"))).toHaveLength(1);
  });
});

describe("delivery: catch-up after downtime", () => {
  it("sends a post missed earlier today at start-up, drops yesterday's, and respects CATCH_UP_HOURS", async () => {
    const clock = manualClock("2026-11-20T00:00:00Z");
    const h = await startHarness({
      clock,
      guild: guildWith(["today", "yesterday", "bounded"]),
      delivery: { catchUpHours: 2 },
    });
    const channel = (name: string) => h.guild.channels.find((c) => c.name === name)!.id;
    try {
      const today = await subscribe(h, { channelId: channel("today"), postTime: "11:00" }); // 07:00Z
      const bounded = await subscribe(h, { channelId: channel("bounded"), postTime: "09:00" }); // 05:00Z
      await subscribe(h, { channelId: channel("yesterday"), timeZone: "UTC" });
      // Down from before 20 Nov 09:00 UTC until 25 Nov 08:00 UTC (12:00 in Baku).
      clock.set("2026-11-25T08:00:00Z");
      const report = await h.dispatcher.tick();
      expect(messages(h, channel("today"))).toHaveLength(1); // one hour late: caught up
      expect(messages(h, channel("bounded"))).toHaveLength(0); // three hours late: more than CATCH_UP_HOURS
      expect(messages(h, channel("yesterday"))).toHaveLength(0); // 20 Nov in UTC: days ago
      // Dropped: 20 Nov for all three (superseded by today's), and today's for "bounded".
      expect(report.dropped).toBe(4);
      const subs = await h.subscriptions.list(h.guild.id);
      expect(subs.find((s) => s.id === today.id)!.nextDueDate).toBe("2026-12-31");
      expect(subs.find((s) => s.id === bounded.id)!.nextDueDate).toBe("2026-12-31");
      // The dropped UTC post was rescheduled to today's post in UTC, still ahead.
      expect(subs.find((s) => s.channelId === channel("yesterday"))!.nextDueAt).toBe(
        "2026-11-25T09:00:00.000Z",
      );
    } finally {
      await h.stop();
    }
  });
});

describe("delivery: daylight saving time", () => {
  it("posts a time in the spring-forward gap at the first valid minute, and a repeated time once", async () => {
    // No observance falls on the change days, so the test calendar puts one on each.
    const base = observance("victory-day");
    const calendar = {
      ...realCalendar(),
      observances: [
        { month: 3, day: 8, days: 1 },
        { month: 11, day: 1, days: 1 },
        { month: 3, day: 29, days: 1 },
        { month: 10, day: 25, days: 1 },
      ].map((date, i) => ({
        ...base,
        id: `dst-${i}`,
        date,
        kind: i < 2 ? ("memorial-day" as const) : ("city-day" as const),
      })),
    };
    const clock = manualClock("2026-03-01T00:00:00Z");
    const h = await startHarness({
      clock,
      calendar,
      guild: guildWith(["ny-gap", "ny-repeat", "berlin-gap", "berlin-repeat"]),
    });
    const channel = (name: string) => h.guild.channels.find((c) => c.name === name)!.id;
    try {
      // New York's change days are memorial days here, Berlin's city days; each subscription takes its own.
      const ny = { timeZone: "America/New_York", kinds: ["memorial-day" as const] };
      const berlin = { timeZone: "Europe/Berlin", kinds: ["city-day" as const] };
      await subscribe(h, { channelId: channel("ny-gap"), ...ny, postTime: "02:30" });
      await subscribe(h, { channelId: channel("ny-repeat"), ...ny, postTime: "01:30" });
      await subscribe(h, { channelId: channel("berlin-gap"), ...berlin, postTime: "02:15" });
      await subscribe(h, { channelId: channel("berlin-repeat"), ...berlin, postTime: "02:30" });
      // Tick every minute through each change night.
      for (const [from, to] of [
        ["2026-03-08T05:00:00Z", "2026-03-08T09:00:00Z"],
        ["2026-03-28T23:00:00Z", "2026-03-29T03:00:00Z"],
        ["2026-10-24T23:00:00Z", "2026-10-25T03:00:00Z"],
        ["2026-11-01T04:00:00Z", "2026-11-01T08:00:00Z"],
      ] as const) {
        for (
          let t = DateTime.fromISO(from);
          t <= DateTime.fromISO(to);
          t = t.plus({ minutes: 1 })
        ) {
          clock.set(t);
          await h.dispatcher.tick();
        }
      }
      const stamps = (name: string) => messages(h, channel(name)).map((m) => m.timestamp);
      expect(stamps("ny-gap")).toEqual(["2026-03-08T07:00:00.000Z", "2026-11-01T07:30:00.000Z"]); // 03:00 EDT; 02:30 EST
      expect(stamps("ny-repeat")).toEqual(["2026-03-08T06:30:00.000Z", "2026-11-01T05:30:00.000Z"]); // once, at 01:30 EDT
      expect(stamps("berlin-gap")).toEqual([
        "2026-03-29T01:00:00.000Z",
        "2026-10-25T00:15:00.000Z",
      ]); // 03:00 CEST; 02:15 CEST
      expect(stamps("berlin-repeat")).toEqual([
        "2026-03-29T01:00:00.000Z",
        "2026-10-25T00:30:00.000Z",
      ]); // once, at 02:30 CEST
    } finally {
      await h.stop();
    }
  });
});

describe("delivery: failures", () => {
  it("with 5% of posts failing (5xx, timeouts, lost answers) every channel still gets exactly one message", async () => {
    const clock = manualClock("2026-11-24T00:00:00Z");
    const h = await startHarness({ clock, timeoutMs: 300 });
    try {
      const targets = addChannels(h.discord, 120);
      for (const t of targets) await subscribe(h, t);
      h.discord.chaos = {
        rate: 0.05,
        random: seededRandom(7),
        failures: [
          DISCORD_ERRORS.serverError,
          { status: 0, hang: true },
          { status: 0, hang: true, afterHandling: true },
        ],
      };
      clock.set("2026-11-25T05:00:00Z");
      await h.dispatcher.tick();
      // Whatever discord.js could not get through is retried by the scheduler, with backoff.
      for (let minute = 1; minute <= 40; minute++) {
        clock.set(DateTime.fromISO("2026-11-25T05:00:00Z").plus({ minutes: minute }));
        await h.dispatcher.tick();
      }
      const failedAnswers = h.discord
        .seen("POST", /\/messages$/)
        .filter((r) => r.status !== 200).length;
      expect(failedAnswers).toBeGreaterThan(0);
      for (const t of targets) expect(messages(h, t.channelId), t.channelId).toHaveLength(1);
      const deliveries = await h.deliveries.list();
      expect(deliveries).toHaveLength(targets.length);
      expect(deliveries.every((d) => d.status === "sent")).toBe(true);
    } finally {
      await h.stop();
    }
  });
});
