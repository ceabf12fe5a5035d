import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import type { RestProxy } from "../../src/proxy/rest-proxy.js";
import { manualClock, type ManualClock } from "../clock.js";
import { makeGuild, makeUser } from "../kit/fake-discord/fixtures.js";
import {
  DISCORD_ERRORS,
  startFakeDiscord,
  type Failure,
  type FakeDiscord,
} from "../kit/fake-discord/server.js";
import { globalLimit, INVALID_FORM_BODY, proxyFor, routeLimit } from "../proxy/proxy-helpers.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { messages, posts, subscribe } from "../kit/delivery-helpers.js";
import { startChild, type Child } from "./processes.js";

// discord.js tries a request four times (three retries) before a 5xx or a network error reaches the bot.
const TRIES = 4;

/** Each channel's failure: what Discord answers the day's post (every try of it). */
const ANSWERS: Record<string, Failure & { times?: number }> = {
  gone: DISCORD_ERRORS.unknownChannel,
  forbidden: DISCORD_ERRORS.missingPermissions,
  invalid: { status: 400, body: INVALID_FORM_BODY },
  // Discord answers so until the hour is over; discord.js moves to the bucket its first answer names,
  // and keeps the limit from the second.
  "route-429": { ...routeLimit(3700), times: 2 },
  "shared-429": routeLimit(60, "shared"),
  "server-500": { ...DISCORD_ERRORS.serverError, times: TRIES },
  "edge-502": { status: 502, body: "<html>502 Bad Gateway</html>", times: TRIES },
  timeout: { status: 0, hang: true, times: TRIES },
  reset: { status: 0, reset: true, times: TRIES },
};
// "global" posts at 10:00, after the others: its test comes last.
const NAMES = ["fine", ...Object.keys(ANSWERS), "global"];
const DUE = "2026-11-25T05:00:00Z"; // 09:00 in Baku, Kalbajar City Day

/** A bot (the real service) whose REST goes through `proxyUrl` to `discord`, one subscription per channel. */
async function botThrough(discord: FakeDiscord, clock: ManualClock, proxyUrl: string) {
  const h = await startHarness({
    clock,
    server: discord,
    guild: makeGuild("Through the proxy", makeUser("owner").id, NAMES),
    restProxy: proxyUrl,
    timeoutMs: 5000,
  });
  const channel = (name: string) => h.guild.channels.find((c) => c.name === name)!.id;
  const subs = new Map<string, string>();
  for (const name of NAMES) {
    const postTime = name === "global" ? "10:00" : "09:00";
    subs.set(name, (await subscribe(h, { channelId: channel(name), postTime })).id);
  }
  return { h, channel, subs };
}

function failPosts(discord: FakeDiscord, channelId: string, failure: Failure & { times?: number }) {
  const { times, ...answer } = failure;
  discord.failNext(new RegExp(`^/channels/${channelId}/messages$`), answer, {
    method: "POST",
    times,
  });
}

/** What the bot recorded of each channel's post, and the subscription's state. */
async function outcomes(h: Harness, subs: Map<string, string>) {
  const all = await h.subscriptions.list(h.guild.id);
  const result: Record<string, unknown> = {};
  for (const [name, id] of subs) {
    const [delivery] = await h.deliveries.list(id);
    const sub = all.find((s) => s.id === id);
    result[name] = {
      delivery: delivery?.status,
      error: delivery?.error,
      subscription: sub ? sub.status : "removed",
    };
  }
  return result;
}

const RETRY = { delivery: "retry", subscription: "active" };

/** Every outcome the bot must reach when its requests go through a proxy that relays Discord's answers. */
const EXPECTED = {
  fine: { delivery: "sent", error: null, subscription: "active" },
  // Its outbox rows go with the subscription.
  gone: { delivery: undefined, error: undefined, subscription: "removed" },
  forbidden: {
    delivery: "failed",
    error: "Missing Permissions (50013)",
    subscription: "broken",
  },
  invalid: {
    delivery: "failed",
    error: expect.stringMatching(
      /^Invalid Form Body\n.*Must be 4096 or fewer in length\. \(50035\)$/,
    ),
    subscription: "active",
  },
  "route-429": { ...RETRY, error: expect.stringMatching(/^rate limited for 3700 s/) },
  "shared-429": { ...RETRY, error: expect.stringMatching(/^rate limited for 60 s/) },
  "server-500": { ...RETRY, error: expect.stringMatching(/Internal Server Error/) },
  "edge-502": { ...RETRY, error: expect.stringMatching(/Bad Gateway/) },
  timeout: { ...RETRY, error: expect.stringMatching(/Gateway Timeout/) },
  reset: { ...RETRY, error: expect.stringMatching(/Bad Gateway/) },
  global: { delivery: undefined, error: undefined, subscription: "active" },
};

describe("a bot through the REST proxy, for each answer Discord gives", () => {
  let clock: ManualClock;
  let discord: FakeDiscord;
  let proxy: RestProxy;
  let bot: Awaited<ReturnType<typeof botThrough>>;

  beforeAll(async () => {
    clock = manualClock("2026-11-24T00:00:00Z");
    discord = await startFakeDiscord({
      now: () => clock.now().toMillis(),
      channelLimit: { limit: 50, windowMs: 5000 },
    });
    proxy = await proxyFor(discord, { timeoutMs: 300 });
    bot = await botThrough(discord, clock, proxy.url);
  });
  afterAll(async () => {
    await bot?.h.stop();
    await proxy?.close();
    await discord?.close();
  });

  it("records each refusal for what it is, never as sent; the proxy serves on", async () => {
    const { h, channel, subs } = bot;
    for (const [name, failure] of Object.entries(ANSWERS))
      failPosts(discord, channel(name), failure);
    clock.set(DUE);
    await h.dispatcher.tick();

    expect(await outcomes(h, subs)).toEqual(EXPECTED);
    const [sent] = await h.deliveries.list(subs.get("fine"));
    expect(sent!.messageId).toBe(messages(h, channel("fine"))[0].id);
    for (const name of Object.keys(ANSWERS)) expect(messages(h, channel(name))).toEqual([]);
    // A refusal is final at once; a 5xx, a timeout or a reset was tried by discord.js before it gave up.
    for (const name of ["gone", "forbidden", "invalid", "route-429", "shared-429"])
      expect(posts(h, channel(name)), name).toHaveLength(1);
    for (const name of ["server-500", "edge-502", "timeout", "reset"])
      expect(posts(h, channel(name)), name).toHaveLength(TRIES);
    discord.releaseHeld();

    // Interactions still go through the proxy (their callbacks with the proxy key).
    const { callback } = await discord.interact({ name: "today", guild: h.guild });
    expect(callback.data.embeds[0].title).toMatch(/Kalbajar City Day/);
  });

  it("retries what may have been sent after looking for it first, and the rate-limited ones only when Discord allows", async () => {
    const { h, channel, subs } = bot;
    const looked = (name: string) =>
      discord.seen("GET", new RegExp(`^/channels/${channel(name)}/messages$`)).length;
    clock.set(DateTime.fromISO(DUE).plus({ minutes: 2 }));
    await h.dispatcher.tick();
    const after = await outcomes(h, subs);
    for (const name of ["server-500", "edge-502", "timeout", "reset"]) {
      expect(after[name], name).toMatchObject({ delivery: "sent", subscription: "active" });
      expect(looked(name), name).toBe(1); // maybe sent: the channel was looked at before the post
      expect(messages(h, channel(name)), name).toHaveLength(1);
    }
    // Discord said an hour: asked once more (see ANSWERS), then the bot's discord.js knows the bucket.
    expect(after["route-429"]).toMatchObject(RETRY);
    expect(posts(h, channel("route-429"))).toHaveLength(2);
    expect(looked("route-429")).toBe(0);
  });

  it("a long global 429: the bot pauses and retries later, and the proxy keeps answering", async () => {
    const { h, channel, subs } = bot;
    failPosts(discord, channel("global"), globalLimit(60));
    clock.set("2026-11-25T06:00:00Z");
    await h.dispatcher.tick();
    const [delivery] = await h.deliveries.list(subs.get("global"));
    expect(delivery).toMatchObject({
      status: "retry",
      error: expect.stringMatching(/^rate limited for 60 s/),
    });
    expect(messages(h, channel("global"))).toEqual([]);
    // Every process on the token is told, at once and without a request to Discord.
    const me = await fetch(`${proxy.url}/v10/users/@me`, {
      headers: { authorization: `Bot ${discord.token}` },
    });
    expect(me.status).toBe(429);
    expect(me.headers.get("x-ratelimit-global")).toBe("true");
    expect(discord.seen("GET", /^\/users\/@me$/).filter((r) => r.status === 429)).toEqual([]);
  });
});

describe("a bot through `npm run proxy` (src/proxy/run-proxy.ts), a process of its own", () => {
  let clock: ManualClock;
  let discord: FakeDiscord;
  let proxy: Child;
  let bot: Awaited<ReturnType<typeof botThrough>>;

  beforeAll(async () => {
    clock = manualClock("2026-11-24T00:00:00Z");
    discord = await startFakeDiscord({ now: () => clock.now().toMillis() });
    proxy = startChild("src/proxy/run-proxy.ts", {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      PROXY_PORT: "0",
      LOG_LEVEL: "info",
    });
    const { port } = (await proxy.logged("REST proxy ready")) as { port: number };
    bot = await botThrough(discord, clock, `http://127.0.0.1:${port}/api`);
  });
  afterAll(async () => {
    await bot?.h.stop();
    proxy?.process.kill("SIGKILL");
    await discord?.close();
  });

  it("relays every answer to the bot and lives on", async () => {
    const { h, channel, subs } = bot;
    for (const [name, failure] of Object.entries(ANSWERS))
      if (name !== "timeout") failPosts(discord, channel(name), failure); // the proxy's own timeout is 15 s
    clock.set(DUE);
    await h.dispatcher.tick();
    expect(await outcomes(h, subs)).toEqual({
      ...EXPECTED,
      timeout: EXPECTED.fine,
    });
    expect(proxy.process.exitCode).toBeNull();
    const { port } = (await proxy.logged("REST proxy ready")) as { port: number };
    const me = await fetch(`http://127.0.0.1:${port}/api/v10/users/@me`, {
      headers: { authorization: `Bot ${discord.token}` },
    });
    expect(me.status).toBe(200);
  });
});
