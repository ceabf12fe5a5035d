import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { startTicker } from "../../src/cron/ticker.js";
import { createLogger } from "../../src/log/logger.js";
import { manualClock } from "../clock.js";
import { makeGuild, makeUser, PERMISSIONS, type FakeGuild } from "../kit/fake-discord/fixtures.js";
import { DISCORD_ERRORS, seededRandom, type Failure } from "../kit/fake-discord/server.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { addChannels, messages, posts, subscribe } from "../kit/delivery-helpers.js";

const LOST_ANSWER: Failure = { status: 0, hang: true, afterHandling: true };
const WRITTEN_THEN_500: Failure = { ...DISCORD_ERRORS.serverError, afterHandling: true };
const ADMIN = PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES;

/** The first try makes the message but its answer is lost (or is a 5xx); discord.js's three retries get 5xx. */
function outlastRetries(h: Harness, channelId: string, first: Failure): void {
  const path = new RegExp(`^/channels/${channelId}/messages$`);
  h.discord.failNext(path, first, { method: "POST" });
  h.discord.failNext(path, DISCORD_ERRORS.serverError, { method: "POST", times: 3 });
}

const at = (iso: string, minutes = 0) => DateTime.fromISO(iso).plus({ minutes });

function guildWith(names: string[], configure?: (guild: FakeGuild) => void): FakeGuild {
  const guild = makeGuild("Exactly once", makeUser("owner").id, names);
  configure?.(guild);
  return guild;
}

/** `/subscription edit` by an admin, with these options. */
const edit = (h: Harness, id: string, options: { name: string; type: number; value: unknown }[]) =>
  h.discord.answer({
    name: "subscription",
    user: makeUser("admin"),
    permissions: ADMIN,
    options: [
      {
        name: "edit",
        type: 1,
        options: [{ name: "subscription", type: 3, value: id }, ...options],
      },
    ],
  });

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe("exactly once, past Discord's nonce window", () => {
  it("lost answers and 5xx that outlast discord.js's retries, retried 10 minutes later: one message each", async () => {
    const clock = manualClock("2026-11-24T00:00:00Z");
    h = await startHarness({ clock, timeoutMs: 300, discord: { nonceWindowMs: 5 * 60_000 } });
    const targets = addChannels(h.discord, 100);
    for (const t of targets) await subscribe(h, t);
    // 5% of the channels lose the answer of a post that was made, 5% get a 5xx after the write;
    // on top, 5% of all posts fail at random.
    targets.slice(0, 5).forEach((t) => outlastRetries(h!, t.channelId, LOST_ANSWER));
    targets.slice(5, 10).forEach((t) => outlastRetries(h!, t.channelId, WRITTEN_THEN_500));
    h.discord.chaos = {
      rate: 0.05,
      random: seededRandom(11),
      failures: [DISCORD_ERRORS.serverError, LOST_ANSWER, WRITTEN_THEN_500],
    };
    // A tick every 10 minutes: each retry comes after the server forgot the nonce.
    for (let minute = 0; minute <= 60; minute += 10) {
      clock.set(at("2026-11-25T05:00:00Z", minute));
      await h.dispatcher.tick();
    }
    const outbox = await h.deliveries.list();
    const troubled = new Set(targets.slice(0, 10).map((t) => t.channelId));
    const subs = (await h.subscriptions.due("9999-12-31T00:00:00.000Z", 1000)).filter((s) =>
      troubled.has(s.channelId),
    );
    // The scheduler came back to each of them after the server had forgotten the nonce.
    expect(
      outbox.filter((d) => subs.some((s) => s.id === d.subscriptionId) && d.attempts >= 2),
    ).toHaveLength(10);
    for (const t of targets) expect(messages(h, t.channelId), t.channelId).toHaveLength(1);
    expect(outbox.filter((d) => d.status !== "sent")).toEqual([]);
    expect(outbox.filter((d) => d.messageId === null)).toEqual([]);
  });

  it("without Read Message History: the nonce covers a quick retry; past it the post is not retried, and admins see why", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    const noHistory = (guild: FakeGuild) => {
      for (const c of guild.channels)
        c.permission_overwrites = [
          { id: guild.id, type: 0, allow: "0", deny: PERMISSIONS.READ_MESSAGE_HISTORY.toString() },
        ];
    };
    h = await startHarness({
      clock,
      timeoutMs: 300,
      guild: guildWith(["quick", "late"], noHistory),
    });
    const channel = (name: string) => h!.guild.channels.find((c) => c.name === name)!.id;
    await subscribe(h, { channelId: channel("quick"), postTime: "09:00" }); // 05:00Z
    const late = await subscribe(h, { channelId: channel("late"), postTime: "09:30" }); // 05:30Z
    outlastRetries(h, channel("quick"), LOST_ANSWER);
    outlastRetries(h, channel("late"), LOST_ANSWER);

    clock.set("2026-11-25T05:00:00Z");
    await h.dispatcher.tick();
    clock.set("2026-11-25T05:01:00Z"); // inside the nonce window: resent, and Discord returns the first
    await h.dispatcher.tick();
    expect(posts(h, channel("quick"))).toHaveLength(5);
    expect(messages(h, channel("quick"))).toHaveLength(1);

    clock.set("2026-11-25T05:30:00Z");
    await h.dispatcher.tick();
    clock.set("2026-11-25T05:45:00Z"); // past it: the bot cannot look, so it does not resend
    const report = await h.dispatcher.tick();
    expect(report.unverified).toBe(1);
    expect(posts(h, channel("late"))).toHaveLength(4);
    expect(messages(h, channel("late"))).toHaveLength(1);
    const outbox = await h.deliveries.list(late.id);
    expect(outbox).toEqual([expect.objectContaining({ status: "failed" })]);

    const { data } = await h.discord.answer({
      name: "subscription",
      user: makeUser("admin"),
      permissions: ADMIN,
      options: [{ name: "list", type: 1, options: [] }],
    });
    expect(data.content).toMatch(/last error: not retried: an earlier try may have posted it/);
    expect(data.content).toMatch(/I lack Read Message History in <#\d+>/);
  });
});

describe("a post another process holds", () => {
  it("is looked at again when that process's claim would go stale, not a minute later", async () => {
    const clock = manualClock("2026-11-25T05:00:00Z");
    h = await startHarness({ clock, delivery: { leaseSeconds: 5 } });
    const [target] = addChannels(h.discord, 1);
    const sub = await subscribe(h, target!);
    // Another process claimed the post two seconds ago, and died before it sent anything.
    const key = { subscriptionId: sub.id, date: "2026-11-25", kind: "day" as const, part: 0 };
    await h.deliveries.claim(key, "2026-11-25T04:59:58.000Z", "2026-11-25T04:59:53.000Z");
    await h.tick();
    expect(messages(h, target!.channelId)).toHaveLength(0);
    const [held] = await h.subscriptions.due("9999-12-31T00:00:00.000Z", 10);
    expect(held!.nextDueAt).toBe("2026-11-25T05:00:03.000Z");
    clock.set("2026-11-25T05:01:00Z");
    await h.tick();
    expect(messages(h, target!.channelId)).toHaveLength(1);
  });
});

describe("nothing slow holds the others", () => {
  it("one channel's crosspost answered 429 for an hour: every other post of the minute goes out in its minute", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({
      clock,
      guild: guildWith(["news", ...Array.from({ length: 20 }, (_, i) => `c${i}`)], (g) => {
        g.channels[0]!.type = 5;
      }),
    });
    const news = h.guild.channels[0]!.id;
    for (const c of h.guild.channels)
      await subscribe(h, { channelId: c.id, publish: c.id === news });
    h.discord.usePublishes(news); // ten crossposts this hour already: Discord answers 429 for the rest of it
    clock.set("2026-11-25T05:00:00Z");
    const report = await h.dispatcher.tick();
    expect(report.sent).toBe(21);
    for (const c of h.guild.channels) {
      const [message] = messages(h, c.id);
      expect(message?.timestamp, c.name).toBe("2026-11-25T05:00:00.000Z");
    }
    expect(messages(h, news)[0].flags & 1).toBe(0);
    const [sub] = (await h.subscriptions.list(h.guild.id)).filter((s) => s.channelId === news);
    expect(sub!.lastError).toMatch(/^posted, but not published: rate limited/);
  });

  it("a tick that overruns its minute does not hold the next minute's posts", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, timeoutMs: 120_000, guild: guildWith(["slow", "next"]) });
    const [slow, next] = h.guild.channels.map((c) => c.id) as [string, string];
    await subscribe(h, { channelId: slow, postTime: "09:00" });
    await subscribe(h, { channelId: next, postTime: "09:01" });
    h.discord.failNext(new RegExp(`^/channels/${slow}/messages$`), { status: 0, hang: true });
    clock.set("2026-11-25T05:00:00Z");
    // Ticks every second here, so the test need not wait for a minute to turn.
    const ticks: { done: boolean }[] = [];
    const ticker = startTicker(
      () => {
        const tick = { done: false };
        ticks.push(tick);
        return h!.dispatcher.tick().finally(() => (tick.done = true));
      },
      createLogger({ level: "silent" }),
      "* * * * * *",
    );
    try {
      await expect.poll(() => posts(h!, slow).length).toBe(1);
      const first = ticks.at(-1)!;
      clock.set("2026-11-25T05:01:00Z");
      await expect.poll(() => messages(h!, next).length).toBe(1);
      // The 09:00 post is still waiting for its answer, and no other tick took it up meanwhile.
      expect(first.done).toBe(false);
      expect(posts(h, slow)).toHaveLength(1);
      h.discord.releaseHeld();
      await expect.poll(() => first.done).toBe(true);
    } finally {
      await ticker.stop();
    }
    expect(messages(h, slow)).toHaveLength(1);
    expect(posts(h, slow)).toHaveLength(1);
  });
});

describe("the clock and the admins, during a tick", () => {
  it("an edit saved while a tick sends wins over that tick's reschedule", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, discord: { latencyMs: 400 } });
    const channelId = h.guild.channels[0]!.id;
    const sub = await subscribe(h, { channelId, postTime: "09:00" });
    // The post waits for Discord until the edit is saved.
    h.discord.failNext(new RegExp(`^/channels/${channelId}/messages$`), { status: 0, hang: true });
    clock.set("2026-11-25T05:00:00Z");
    const tick = h.dispatcher.tick();
    await expect.poll(() => posts(h!, channelId).length).toBe(1);
    const edited = await edit(h, sub.id, [{ name: "time", type: 3, value: "18:00" }]);
    expect(edited.data.content).toMatch(/^Updated\./);
    h.discord.releaseHeld();
    await tick;
    const [after] = await h.subscriptions.list(h.guild.id);
    expect(after).toMatchObject({ postTime: "18:00", nextDueAt: "2026-11-25T14:00:00.000Z" });
    // At 18:00 the day's post is already sent: nothing goes out twice, and the next is at 18:00.
    clock.set("2026-11-25T14:00:00Z");
    await h.dispatcher.tick();
    expect(messages(h, channelId)).toHaveLength(1);
    expect((await h.subscriptions.list(h.guild.id))[0]!.nextDueAt).toMatch(/T14:00:00\.000Z$/);
  });

  it("a channel found gone after an admin moved the subscription away from it leaves the moved one alone", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, guild: guildWith(["old", "new"]) });
    const [old, moved] = h.guild.channels.map((c) => c.id) as [string, string];
    const sub = await subscribe(h, { channelId: old, postTime: "09:00" });
    h.discord.failNext(new RegExp(`^/channels/${old}/messages$`), { status: 0, hang: true });
    clock.set("2026-11-25T05:00:00Z");
    const tick = h.dispatcher.tick();
    await expect.poll(() => posts(h!, old).length).toBe(1);
    // The admin moves it, then deletes the old channel; the post still waiting there finds it gone.
    const edited = await edit(h, sub.id, [{ name: "channel", type: 7, value: moved }]);
    expect(edited.data.content).toMatch(/^Updated\./);
    h.discord.deleteChannel(old);
    h.discord.releaseHeld();
    await tick;
    expect(await h.subscriptions.list(h.guild.id)).toMatchObject([
      { id: sub.id, channelId: moved, status: "active" },
    ]);
  });

  it("a server date added while a tick sends is not lost to that tick's reschedule", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, discord: { latencyMs: 400 } });
    const channelId = h.guild.channels[0]!.id;
    await subscribe(h, { channelId, postTime: "09:00" });
    clock.set("2026-11-25T05:00:00Z");
    const tick = h.dispatcher.tick(); // reads the server's dates (none yet), then posts
    await expect.poll(() => posts(h!, channelId).length).toBe(1);
    await h.context.serverDateService.add(h.guild.id, "admin", {
      name: "Founding of the server",
      text: "The server opened on this day.",
      month: 11,
      day: 26,
      year: null,
      firstYear: null,
      language: null,
    });
    await tick;
    // The tick's write of "31 December" lost to the admin's change; the next tick finds today's
    // post already sent and moves on to the new date.
    clock.set("2026-11-25T05:01:00Z");
    await h.dispatcher.tick();
    expect(messages(h, channelId)).toHaveLength(1);
    expect((await h.subscriptions.list(h.guild.id))[0]!.nextDueDate).toBe("2026-11-26");
  });

  it("a clock step forward over midnight posts what is inside the catch-up window and logs and counts what is not", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, guild: guildWith(["late-evening", "morning"]) });
    const channel = (name: string) => h!.guild.channels.find((c) => c.name === name)!.id;
    await subscribe(h, { channelId: channel("late-evening"), postTime: "23:30" }); // 19:30Z
    await subscribe(h, { channelId: channel("morning"), postTime: "09:00" }); // 05:00Z
    // The VM was suspended at 08:00 in Baku and resumes at 00:10 the next day.
    clock.set("2026-11-25T20:10:00Z");
    const report = await h.dispatcher.tick();
    expect(messages(h, channel("late-evening"))).toHaveLength(1); // 40 minutes late
    expect(messages(h, channel("morning"))).toHaveLength(0); // 15 hours late: past CATCH_UP_HOURS (12)
    expect(report).toMatchObject({ sent: 1, dropped: 1 });
    const dropped = h.logs
      .map((l) => JSON.parse(l))
      .filter((l) => l.msg.startsWith("missed post dropped"));
    expect(dropped).toEqual([
      expect.objectContaining({ level: 40, date: "2026-11-25", channel: channel("morning") }),
    ]);
  });

  /** A bot with one subscription (09:00 in Baku) whose next posts fail this way. */
  async function oneSubscription(failure: Failure, times: number) {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock });
    const channelId = h.guild.channels[0]!.id;
    const sub = await subscribe(h, { channelId });
    h.discord.failNext(new RegExp(`^/channels/${channelId}/messages$`), failure, { times });
    return { h, clock, channelId, sub };
  }

  it("an edit during a retry's backoff keeps the retry it is owed", async () => {
    const { h, clock, channelId, sub } = await oneSubscription(DISCORD_ERRORS.serverError, 4);
    clock.set("2026-11-25T05:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ retrying: 1 });
    clock.set("2026-11-25T05:00:30Z");
    expect(
      (await edit(h, sub.id, [{ name: "language", type: 3, value: "az" }])).data.content,
    ).toMatch(/^Abunə yeniləndi\./); // the reply follows the language option, as every reply does
    clock.set("2026-11-25T05:01:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(messages(h, channelId)).toHaveLength(1);
    expect(messages(h, channelId)[0].embeds[0].title).toMatch(/Kəlbəcər/); // in the edited language
  });

  it("once an admin fixes what broke a subscription, the day's refused post goes out after all", async () => {
    const { h, clock, channelId, sub } = await oneSubscription(
      DISCORD_ERRORS.missingPermissions,
      1,
    );
    clock.set("2026-11-25T05:00:00Z");
    await h.dispatcher.tick();
    expect((await h.subscriptions.get(h.guild.id, sub.id))?.status).toBe("broken");
    clock.set("2026-11-25T08:00:00Z"); // the admin grants the permission, then edits
    expect(
      (await edit(h, sub.id, [{ name: "time", type: 3, value: "12:00" }])).data.content,
    ).toMatch(/^Updated\./);
    clock.set("2026-11-25T08:01:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(messages(h, channelId)).toHaveLength(1);
  });
});
