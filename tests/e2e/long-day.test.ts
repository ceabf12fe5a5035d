import { embedLength } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { NAME_MAX, TEXT_MAX } from "../../src/model/server-date-model.js";
import { manualClock } from "../clock.js";
import { addRole } from "../kit/fake-discord/fixtures.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { messages, posts, subscribe } from "../kit/delivery-helpers.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** A server's own dates on 25 November, as long as `/date add` allows. */
async function fillTheDay(harness: Harness, count: number, { alike = false } = {}) {
  for (let i = 0; i < count; i++)
    await harness.context.serverDateService.add(harness.guild.id, "300000000000000001", {
      name: `Date ${alike ? "" : String(i + 1).padStart(2, "0")} `.padEnd(NAME_MAX, "n"),
      text: `Text ${alike ? "" : i + 1} `.padEnd(TEXT_MAX, "t"),
      month: 11,
      day: 25,
      year: null,
      firstYear: null,
      language: null,
    });
}

/** Discord answers 5xx to the channel's message posts after the first `skip`, until cleared. */
function refuseMessagesAfter(harness: Harness, channelId: string, skip: number) {
  const path = new RegExp(`^/channels/${channelId}/messages$`);
  const failure = { status: 500, body: { code: 0, message: "500" } };
  harness.discord.failNext(path, failure, { method: "POST", skip, times: 10 });
}

/** The day's `count` messages each sent, each once, each recorded with its own message. */
async function expectEachSentOnce(harness: Harness, channelId: string, count: number) {
  const rows = await harness.deliveries.list();
  expect(rows.map((r) => r.status)).toEqual(Array<string>(count).fill("sent"));
  expect(new Set(rows.map((r) => r.messageId)).size).toBe(count);
  expect(messages(harness, channelId)).toHaveLength(count);
}

describe("a day longer than one Discord message", () => {
  it("is split into several messages within Discord's limits, every embed kept, each message once", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, timeoutMs: 300 });
    const channelId = h.guild.channels[0]!.id;
    const role = addRole(h.guild, "Members", true);
    await subscribe(h, { channelId, roleId: role.id });
    await fillTheDay(h, 14);

    // The first message is made, but its answer is lost and discord.js's retries get 5xx: it is
    // retried past the nonce window (and found), and the next message waits for it.
    const path = new RegExp(`^/channels/${channelId}/messages$`);
    h.discord.failNext(path, { status: 0, hang: true, afterHandling: true }, { method: "POST" });
    h.discord.failNext(
      path,
      { status: 500, body: { code: 0, message: "500" } },
      { method: "POST", times: 3 },
    );
    clock.set("2026-11-25T05:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 0, retrying: 1 });
    expect(messages(h, channelId)).toHaveLength(1);
    clock.set("2026-11-25T05:20:00Z");
    await h.dispatcher.tick();

    const made = messages(h, channelId);
    expect(posts(h, channelId).filter((r) => r.status === 400)).toEqual([]);
    expect(made.length).toBeGreaterThanOrEqual(2);
    for (const message of made) {
      expect(message.embeds.length).toBeLessThanOrEqual(10);
      expect(
        message.embeds.reduce((n: number, e: never) => n + embedLength(e), 0),
      ).toBeLessThanOrEqual(6000);
    }
    // Every embed, the calendar's day first; the role is mentioned once, in the first message.
    const titles = made.flatMap((m) => m.embeds.map((e: { title: string }) => e.title));
    expect(titles).toHaveLength(15);
    expect(titles[0]).toMatch(/^Kalbajar City Day/);
    expect(
      titles
        .slice(1)
        .map((t: string) => t.slice(0, 7))
        .sort(),
    ).toEqual(Array.from({ length: 14 }, (_, i) => `Date ${String(i + 1).padStart(2, "0")}`));
    expect(made.map((m) => m.content)).toEqual([`<@&${role.id}>`, ...made.slice(1).map(() => "")]);
    // One outbox row per message, each sent.
    const rows = await h.deliveries.list();
    expect(rows.map((r) => [r.part, r.status])).toEqual(made.map((_, i) => [i, "sent"]));
  });

  it("keeps a message owed a retry when every schedule is recomputed (a reload, a restart)", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, timeoutMs: 300 });
    const channelId = h.guild.channels[0]!.id;
    await subscribe(h, { channelId });
    await fillTheDay(h, 14);

    // The first message is made; the second is refused with 5xx until discord.js gives up.
    refuseMessagesAfter(h, channelId, 1);
    clock.set("2026-11-25T05:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1, retrying: 1 });
    h.discord.clearFailures();

    await h.planner.rescheduleAll();
    clock.set("2026-11-25T05:30:00Z");
    await h.dispatcher.tick();

    await expectEachSentOnce(h, channelId, 2);
  });

  it("gives each message its own, when two messages of a post look alike", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, timeoutMs: 300 });
    const channelId = h.guild.channels[0]!.id;
    await subscribe(h, { channelId });
    await fillTheDay(h, 30, { alike: true });

    // The third message is refused with 5xx (it may have been made, for all the bot knows): its retry
    // comes after the nonce window and looks in the channel, where the second looks the same.
    refuseMessagesAfter(h, channelId, 2);
    clock.set("2026-11-25T05:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 2, retrying: 1 });
    h.discord.clearFailures();
    clock.set("2026-11-25T05:30:00Z");
    await h.dispatcher.tick();

    await expectEachSentOnce(h, channelId, 4);
  });
});
