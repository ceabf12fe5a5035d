import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log/logger.js";
import type { RestProxy, RestProxyOptions } from "../../src/proxy/rest-proxy.js";
import { makeGuild, makeUser } from "../kit/fake-discord/fixtures.js";
import {
  DISCORD_ERRORS,
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
} from "../kit/fake-discord/server.js";
import {
  globalLimit,
  INVALID_FORM_BODY,
  proxyLogs,
  rateLimitHeaders,
  routeLimit,
  proxyFor,
} from "./proxy-helpers.js";

describe("the REST proxy passes Discord's answers through unchanged", () => {
  let discord: FakeDiscord;
  let proxy: RestProxy;
  let logs: string[];
  let channelId: string;

  async function start(options: Partial<RestProxyOptions> = {}, server: FakeDiscordOptions = {}) {
    discord = await startFakeDiscord({ channelLimit: { limit: 50, windowMs: 5000 }, ...server });
    channelId = discord.addGuild(makeGuild("g", makeUser("owner").id, ["general"])).channels[0]!.id;
    logs = [];
    proxy = await proxyFor(discord, {
      timeoutMs: 500,
      log: createLogger({ level: "info", destination: proxyLogs(logs) }),
      ...options,
    });
  }
  afterEach(async () => {
    await proxy?.close();
    await discord?.close();
  });

  /** Sends a request through the proxy as a bot process does (its token, JSON). */
  async function send(path: string, init: { method?: string; body?: unknown } = {}) {
    const res = await fetch(`${proxy.url}/v10${path}`, {
      method: init.method ?? "POST",
      headers: { authorization: `Bot ${discord.token}`, "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
  }
  const post = (channel = channelId) =>
    send(`/channels/${channel}/messages`, { body: { content: "hi" } });
  const messages = new RegExp(`^/channels/\\d+/messages$`);

  /** The proxy still relays a request after whatever happened before. */
  async function stillServes() {
    const me = await send("/users/@me", { method: "GET" });
    expect(me.status).toBe(200);
    expect(me.json().id).toBe(discord.botUser.id);
  }

  it("a success with its body and every rate-limit header", async () => {
    await start();
    const res = await post();
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ channel_id: channelId, content: "hi" });
    expect(rateLimitHeaders(res.headers)).toEqual({
      "x-ratelimit-bucket": "channel-messages",
      "x-ratelimit-limit": "50",
      "x-ratelimit-remaining": "49",
      "x-ratelimit-reset": expect.any(String),
      "x-ratelimit-reset-after": expect.any(String),
    });
  });

  it.each([
    ["400 Invalid Form Body (50035) with its errors", { status: 400, body: INVALID_FORM_BODY }],
    ["403 Missing Permissions (50013)", DISCORD_ERRORS.missingPermissions],
    ["403 Missing Access (50001)", DISCORD_ERRORS.missingAccess],
    ["404 Unknown Channel (10003)", DISCORD_ERRORS.unknownChannel],
    ["500", DISCORD_ERRORS.serverError],
  ])("%s: the status and body, and the process serves on", async (_name, failure) => {
    await start();
    discord.failNext(messages, failure);
    const res = await post();
    expect(res.status).toBe(failure.status);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.json()).toEqual(failure.body);
    expect(discord.seen("POST", messages)).toHaveLength(1); // not retried by the proxy
    await stillServes();
  });

  it("502 from Discord's edge: its page, byte for byte, with its content type", async () => {
    await start();
    const page = "<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>";
    discord.failNext(messages, {
      status: 502,
      body: page,
      headers: { "content-type": "text/html" },
    });
    const res = await post();
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toBe("text/html");
    expect(res.text).toBe(JSON.stringify(page)); // the test server sends every body as JSON
    await stillServes();
  });

  it("a route's 429 over an hour: status, body, Retry-After and the rate-limit headers; once the proxy knows the bucket, it answers the same without asking Discord", async () => {
    await start();
    const limit = routeLimit(3700);
    // Discord answers each post so until the hour is over; discord.js learns the bucket from the second.
    discord.failNext(messages, limit, { times: 2 });
    const res = await post();
    expect(res.status).toBe(429);
    expect(res.json()).toEqual(limit.body);
    expect(res.headers.get("retry-after")).toBe("3700");
    expect(rateLimitHeaders(res.headers)).toEqual({
      "x-ratelimit-bucket": "abcd1234",
      "x-ratelimit-limit": "5",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset-after": "3700.000",
      "x-ratelimit-scope": "user",
    });
    expect((await post()).status).toBe(429);
    const known = await post();
    expect(known.status).toBe(429);
    expect(Number(known.headers.get("retry-after"))).toBeGreaterThan(3600);
    expect(known.headers.get("x-ratelimit-scope")).toBe("user");
    expect(known.headers.get("x-ratelimit-global")).toBeNull();
    expect(known.json()).toMatchObject({ global: false, retry_after: expect.any(Number) });
    expect(discord.seen("POST", messages)).toHaveLength(2);
    await stillServes();
  });

  it("a shared 429 (X-RateLimit-Scope: shared) is passed through as it came", async () => {
    await start();
    const limit = routeLimit(60, "shared");
    discord.failNext(messages, limit);
    const res = await post();
    expect(res.status).toBe(429);
    expect(res.json()).toEqual(limit.body);
    expect(res.headers.get("retry-after")).toBe("60");
    expect(res.headers.get("x-ratelimit-scope")).toBe("shared");
    await stillServes();
  });

  it("a short global 429 is waited out by the proxy, which then answers Discord's success", async () => {
    await start();
    discord.failNext(messages, globalLimit(0.2));
    const res = await post();
    expect(res.status).toBe(200);
    expect(discord.seen("POST", messages).map((r) => r.status)).toEqual([429, 200]);
    expect(discord.messages.get(channelId)).toHaveLength(1);
  });

  it("a long global 429 reaches the bot with X-RateLimit-Global; meanwhile every route is answered so locally", async () => {
    await start();
    const limit = globalLimit(60);
    discord.failNext(messages, limit);
    const res = await post();
    expect(res.status).toBe(429);
    expect(res.json()).toEqual(limit.body);
    expect(res.headers.get("retry-after")).toBe("60");
    expect(res.headers.get("x-ratelimit-global")).toBe("true");
    expect(res.headers.get("x-ratelimit-scope")).toBe("global");
    const other = await send("/users/@me", { method: "GET" });
    expect(other.status).toBe(429);
    expect(other.headers.get("x-ratelimit-global")).toBe("true");
    expect(Number(other.headers.get("retry-after"))).toBeGreaterThan(50);
    expect(discord.seen("GET", /^\/users\/@me$/)).toHaveLength(0);
  });

  it("Discord not answering in time: 504, and the process serves on", async () => {
    await start();
    discord.failNext(messages, { status: 0, hang: true });
    const res = await post();
    expect(res.status).toBe(504);
    expect(res.json()).toMatchObject({ code: 0, message: expect.stringMatching(/in time/) });
    discord.releaseHeld();
    await stillServes();
  });

  it("a connection Discord resets: 502, and the process serves on", async () => {
    await start();
    discord.failNext(messages, { status: 0, reset: true });
    const res = await post();
    expect(res.status).toBe(502);
    expect(res.json()).toMatchObject({ code: 0, message: expect.any(String) });
    expect(discord.seen("POST", messages)).toHaveLength(1);
    await stillServes();
  });

  it("a bot that hangs up mid-request: the proxy gives the request up and serves on", async () => {
    await start({ timeoutMs: 30_000 });
    discord.failNext(messages, { status: 0, hang: true });
    const gone = new AbortController();
    const sent = fetch(`${proxy.url}/v10/channels/${channelId}/messages`, {
      method: "POST",
      signal: gone.signal,
      headers: { authorization: `Bot ${discord.token}`, "content-type": "application/json" },
      body: JSON.stringify({ content: "hi" }),
    });
    await expect.poll(() => discord.seen("POST", messages).length).toBe(1);
    gone.abort();
    await expect(sent).rejects.toThrow();
    await stillServes();
    discord.releaseHeld();
    await stillServes();
  });

  it("a post retried after a short 429 carries its body again", async () => {
    await start();
    discord.failNext(messages, routeLimit(0.2));
    const res = await post();
    expect(res.status).toBe(200);
    const [first, second] = discord.seen("POST", messages);
    expect(first!.status).toBe(429);
    expect(second!.body).toEqual({ content: "hi" });
    expect(res.json().content).toBe("hi");
  });

  // Each request to a channel of its own, as a fan-out sends them: discord.js sends one request of a
  // bucket at a time, so requests of one route would wait for each other's answers, not for the pacer.
  const channelsOf = (count: number) =>
    discord.addGuild(
      makeGuild(
        "many",
        makeUser("owner").id,
        Array.from({ length: count }, (_, i) => `c${i}`),
      ),
    ).channels;

  it("a slow Discord (4 s per answer) at 40 requests a second gets no 429 of the proxy's own", async () => {
    // Over 1.5 s of queue is refused; 4 s of latency keeps a hundred requests and more in flight
    // (over 2 s of turns, if they counted), none queued — and a stall of the event loop of a second
    // queues about 40 (0.8 s).
    await start({ maxQueueMs: 1500, timeoutMs: 15_000 }, { latencyMs: 4000 });
    const answers: Promise<number>[] = [];
    for (const channel of channelsOf(120)) {
      answers.push(send(`/channels/${channel.id}`, { method: "GET" }).then((r) => r.status));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect((await Promise.all(answers)).filter((s) => s !== 200)).toEqual([]);
  });

  it("a burst beyond the queue's limit is answered as a global 429 by the proxy, Discord spared", async () => {
    await start({ perSecond: 10, maxQueueMs: 1000 });
    const answers = await Promise.all(
      channelsOf(40).map((c) => send(`/channels/${c.id}`, { method: "GET" })),
    );
    const limited = answers.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.headers.get("x-ratelimit-global")).toBe("true");
    expect(limited[0]!.json()).toMatchObject({ global: true });
    expect(discord.seen("GET", /^\/channels\/\d+$/).length).toBe(40 - limited.length);
  });
});
