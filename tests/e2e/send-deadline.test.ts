import { afterEach, describe, expect, it } from "vitest";
import { sendDeadlineMs } from "../../src/delivery/delivery-options.js";
import { manualClock } from "../clock.js";
import { makeGuild, makeUser, PERMISSIONS } from "../kit/fake-discord/fixtures.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { messages, posts, subscribe } from "../kit/delivery-helpers.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** What Discord answers a channel whose message bucket stays empty: a short per-route 429. */
const ROUTE_429 = {
  status: 429,
  body: { message: "You are being rate limited.", retry_after: 0.2, global: false, code: 0 },
  headers: {
    "retry-after": "1",
    "x-ratelimit-scope": "user",
    "x-ratelimit-limit": "5",
    "x-ratelimit-remaining": "0",
    "x-ratelimit-reset-after": "0.2",
  },
};

describe("every send ends before its claim's lease does", () => {
  it("is given a deadline well inside the lease", () => {
    for (const lease of [1, 3, 120, 3600]) expect(sendDeadlineMs(lease)).toBeLessThan(lease * 1000);
  });

  it("a channel answering 429 for ever: the send stops at its deadline, and there is one message at most, whatever happens next", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    // A short lease, so that the deadline (a real-time bound on the request) comes soon.
    h = await startHarness({ clock, delivery: { leaseSeconds: 4 } });
    const channelId = h.guild.channels[0]!.id;
    await subscribe(h, { channelId });
    const path = new RegExp(`^/channels/${channelId}/messages$`);
    h.discord.failNext(path, ROUTE_429, { method: "POST", times: 1_000_000 });

    clock.set("2026-11-25T05:00:00Z");
    let ended = false;
    const first = h.dispatcher.tick().finally(() => (ended = true));
    // discord.js waits out a short 429 and tries again, without counting: without a deadline the
    // request would still be trying when another process takes the post over.
    await expect.poll(() => ended, { timeout: 30_000, interval: 100 }).toBe(true);
    expect(await first).toMatchObject({ sent: 0, retrying: 1 });
    const tried = posts(h, channelId).length;
    expect(tried).toBeGreaterThan(1);
    const [row] = await h.deliveries.list();
    expect(row).toMatchObject({ status: "retry" });

    // Later, past Discord's nonce window, the channel works again: the retry looks, then posts once,
    // and the first send, which ended, never lands.
    h.discord.clearFailures();
    clock.set("2026-11-25T05:10:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a request still trying would land now
    expect(messages(h, channelId)).toHaveLength(1);
  });

  it("a send whose every attempt Discord refused made nothing: without Read Message History it is still retried, and posted once", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    const guild = makeGuild("Test server", makeUser("owner").id, ["no-history"]);
    guild.channels[0]!.permission_overwrites = [
      { id: guild.id, type: 0, allow: "0", deny: PERMISSIONS.READ_MESSAGE_HISTORY.toString() },
    ];
    h = await startHarness({ clock, guild, delivery: { leaseSeconds: 4 } });
    const channelId = guild.channels[0]!.id;
    await subscribe(h, { channelId });
    const path = new RegExp(`^/channels/${channelId}/messages$`);
    h.discord.failNext(path, ROUTE_429, { method: "POST", times: 1_000_000 });
    clock.set("2026-11-25T05:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 0, retrying: 1 });

    // Past the nonce window the bot cannot look in the channel; it need not: 429s make no message.
    h.discord.clearFailures();
    clock.set("2026-11-25T05:10:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1, unverified: 0 });
    expect(messages(h, channelId)).toHaveLength(1);
  });

  it("a try that may have made the message, then a long 429: the retry past the nonce window looks, and finds it", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock });
    const channelId = h.guild.channels[0]!.id;
    await subscribe(h, { channelId });
    const path = new RegExp(`^/channels/${channelId}/messages$`);
    // Discord makes the message and answers 500; discord.js tries again and gets a 429 longer than it
    // waits out (10 s): the last answer is a refusal, but the first try acted.
    const written500 = { status: 500, body: { message: "500", code: 0 }, afterHandling: true };
    const long429 = {
      ...ROUTE_429,
      body: { ...ROUTE_429.body, retry_after: 11 },
      headers: { ...ROUTE_429.headers, "retry-after": "11", "x-ratelimit-reset-after": "11" },
    };
    h.discord.failNext(path, written500, { method: "POST" });
    h.discord.failNext(path, long429, { method: "POST" });
    clock.set("2026-11-25T05:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 0, retrying: 1 });
    expect(messages(h, channelId)).toHaveLength(1);

    clock.set("2026-11-25T05:10:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(messages(h, channelId)).toHaveLength(1);
    expect(h.logs.join("")).toContain("found the earlier try's message");
  });
});
