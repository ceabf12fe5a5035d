import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log/logger.js";
import { PROXY_KEY_HEADER, proxyKeyHeaders } from "../../src/proxy/proxy-auth.js";
import type { RestProxy } from "../../src/proxy/rest-proxy.js";
import { makeGuild, makeUser } from "../kit/fake-discord/fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import { proxyFor, proxyLogs } from "./proxy-helpers.js";

describe("the REST proxy relays the operator's bots only", () => {
  let discord: FakeDiscord;
  let proxy: RestProxy;
  let channelId: string;
  const logs: string[] = [];
  beforeAll(async () => {
    discord = await startFakeDiscord();
    channelId = discord.addGuild(makeGuild("g", makeUser("owner").id)).channels[0]!.id;
    proxy = await proxyFor(discord, {
      log: createLogger({ level: "info", secrets: [discord.token], destination: proxyLogs(logs) }),
    });
  });
  afterAll(async () => {
    await proxy.close();
    await discord.close();
  });

  const send = async (path: string, headers: Record<string, string>, method = "POST") => {
    const res = await fetch(`${proxy.url}/v10${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      // A body each route takes: a reply (type 4) to an interaction, a message elsewhere.
      body:
        method === "GET"
          ? undefined
          : JSON.stringify(
              path.endsWith("/callback") ? { type: 4, data: { content: "hi" } } : { content: "hi" },
            ),
    });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const unauthorized = { status: 401, body: { message: "401: Unauthorized", code: 0 } };
  const interaction = "/interactions/123456789012345678/aW50ZXJhY3Rpb246dG9rZW4/callback";

  it("refuses, without forwarding, a request with no token or another token", async () => {
    const before = discord.requests.length;
    expect(await send(`/channels/${channelId}/messages`, {})).toEqual(unauthorized);
    expect(
      await send(`/channels/${channelId}/messages`, { authorization: "Bot someone.else.token" }),
    ).toEqual(unauthorized);
    expect(
      await send(`/channels/${channelId}/messages`, { authorization: `Bot ${discord.token}x` }),
    ).toEqual(unauthorized);
    expect(await send("/users/@me", { authorization: discord.token }, "GET")).toEqual(unauthorized);
    // The proxy key opens the interaction routes only, never a bot route.
    expect(await send(`/channels/${channelId}/messages`, proxyKeyHeaders(discord.token))).toEqual(
      unauthorized,
    );
    expect(discord.requests.length).toBe(before);
    expect(logs.filter((l) => l.includes("refused a request"))).toHaveLength(1);
  });

  it("relays the bots' own token", async () => {
    const res = await send(`/channels/${channelId}/messages`, {
      authorization: `Bot ${discord.token}`,
    });
    expect(res.status).toBe(200);
    expect(discord.seen("POST").at(-1)!.headers.authorization).toBe(`Bot ${discord.token}`);
  });

  it("relays interaction callbacks and their webhooks with the proxy key, and without it refuses them", async () => {
    const before = discord.requests.length;
    expect(await send(interaction, {})).toEqual(unauthorized);
    expect(await send(interaction, { [PROXY_KEY_HEADER]: "guessed" })).toEqual(unauthorized);
    expect(await send(interaction, proxyKeyHeaders("another bot's token"))).toEqual(unauthorized);
    expect(discord.requests.length).toBe(before);
    // Forwarded: the test server answers as Discord does for an interaction it never sent.
    expect(await send(interaction, proxyKeyHeaders(discord.token))).toEqual({
      status: 404,
      body: { code: 10062, message: "Unknown interaction" },
    });
    const webhook = "/webhooks/123456789012345678/aW50ZXJhY3Rpb246dG9rZW4/messages/@original";
    expect(await send(webhook, proxyKeyHeaders(discord.token), "PATCH")).toEqual({
      status: 404,
      body: { code: 10015, message: "Unknown Webhook" },
    });
    const forwarded = discord.requests.slice(before);
    expect(forwarded.map((r) => r.path)).toEqual([
      "/interactions/123456789012345678/aW50ZXJhY3Rpb246dG9rZW4/callback",
      "/webhooks/123456789012345678/aW50ZXJhY3Rpb246dG9rZW4/messages/@original",
    ]);
    // The key stays with the proxy, and nothing carries a token the bot did not send.
    for (const r of forwarded) {
      expect(r.headers[PROXY_KEY_HEADER]).toBeUndefined();
      expect(r.headers.authorization).toBeUndefined();
    }
  });

  it("never logs the token", () => {
    expect(logs.join("")).not.toContain(discord.token);
  });
});
