import { DiscordAPIError, REST, Routes } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { makeGuild, makeUser } from "./fixtures.js";
import { DISCORD_ERRORS, startFakeDiscord, type FakeDiscord } from "./server.js";
import { takeUnreported } from "./spec-violations.js";

let discord: FakeDiscord;
afterEach(() => discord.close());

async function setUp() {
  discord = await startFakeDiscord();
  const guild = discord.addGuild(makeGuild("g", makeUser("owner").id));
  const rest = new REST({ api: discord.apiBase, retries: 0 }).setToken(discord.token);
  return { rest, channel: guild.channels[0]!.id };
}

/** The violations recorded, as "side: message", and taken back so that this test does not fail. */
function taken(): string[] {
  return discord.spec.take().map((v) => `${v.side}: ${v.message}`);
}

const fieldWithoutValue = { embeds: [{ title: "t", fields: [{ name: "n" }] }] };

describe("the test server's check against Discord's OpenAPI spec", () => {
  it("reports a request body that does not match, where the setup file fails the test, and refuses it as Discord does", async () => {
    const { rest, channel } = await setUp();
    const error = await rest
      .post(Routes.channelMessages(channel), { body: fieldWithoutValue })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect((error as DiscordAPIError).rawError).toMatchObject({
      errors: {
        embeds: { 0: { fields: { 0: { value: { _errors: [{ code: "BASE_TYPE_REQUIRED" }] } } } } },
      },
    });
    expect(discord.messages.get(channel)).toBeUndefined();
    const reported = takeUnreported(); // what tests/kit/fake-discord/spec-violations-setup.ts reads
    expect(reported).toEqual([
      {
        method: "POST",
        path: `/channels/${channel}/messages`,
        side: "request",
        message:
          "body embeds[0].fields[0].value: Invalid input: expected string, received undefined",
      },
    ]);
    expect(discord.spec.violations).toEqual(reported);
    discord.spec.take();
  });

  it("reads the JSON of an upload from payload_json", async () => {
    const { rest, channel } = await setUp();
    await rest
      .post(Routes.channelMessages(channel), {
        body: fieldWithoutValue,
        files: [{ name: "a.txt", data: Buffer.from("a") }],
      })
      .catch(() => undefined);
    expect(taken()).toEqual([
      "request: body embeds[0].fields[0].value: Invalid input: expected string, received undefined",
    ]);
  });

  it("reports unknown query parameters, values of the wrong type, and fields the spec does not know", async () => {
    const { rest, channel } = await setUp();
    await rest
      .get(Routes.channelMessages(channel), {
        query: new URLSearchParams({ limit: "5", before: "yesterday", order: "asc" }),
      })
      .catch(() => undefined);
    await rest.post(Routes.channelMessages(channel), { body: { content: "x", silent: true } });
    expect(taken()).toEqual([
      'request: query parameter before: invalid value "yesterday"',
      "request: query parameter order: not in the spec (takes around, before, after, limit)",
      "request: body silent: a field the spec does not describe",
    ]);
  });

  it("reports operations the spec does not have", async () => {
    const { rest, channel } = await setUp();
    await rest.delete(`${Routes.channel(channel)}/messages`).catch(() => undefined);
    await rest.get(`/channels/${channel}/frobnicate`).catch(() => undefined);
    expect(taken()).toEqual([
      "request: the spec has GET, POST for this path, not DELETE",
      "request: no such operation in the spec",
    ]);
  });

  it("reports an answer that Discord would not give: missing fields, an error without its code", async () => {
    const { rest, channel } = await setUp();
    discord.failNext(/\/messages$/, { status: 200, body: { id: "1", content: "x" } });
    await rest.post(Routes.channelMessages(channel), { body: { content: "x" } });
    discord.failNext(/\/messages$/, { status: 403, body: { message: "Missing Permissions" } });
    await rest
      .post(Routes.channelMessages(channel), { body: { content: "x" } })
      .catch(() => undefined);
    const found = taken();
    expect(found).toContain(
      "answer: 200: channel_id: Invalid input: expected string, received undefined",
    );
    expect(found).toContain(
      "answer: 200: author: Invalid input: expected object, received undefined",
    );
    expect(found).toContain(
      "answer: 403: code: Invalid input: expected number, received undefined",
    );
    expect(found.every((f) => f.startsWith("answer: "))).toBe(true);
  });

  it("follows Discord where the spec differs: permissions as a string, a 429 without code, enforce_nonce", async () => {
    const { rest, channel } = await setUp();
    const command = { name: "x", description: "x", default_member_permissions: "32" };
    await rest.put(Routes.applicationCommands(discord.applicationId), { body: [command] });
    discord.failNext(/\/messages$/, {
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.001, global: false },
      headers: { "retry-after": "0", "x-ratelimit-scope": "shared" },
    });
    await rest.post(Routes.channelMessages(channel), { body: { content: "x" } });
    // An interaction never sent: the answer is 10062, but the request is checked all the same.
    const { id, token } = discord.interactionPayload({ name: "x" });
    await rest
      .post(Routes.interactionCallback(id, token), {
        body: { type: 4, data: { content: "x", enforce_nonce: false } },
        auth: false,
      })
      .catch(() => undefined);
    expect(taken()).toEqual([]);
  });

  it("accepts the test server's own answers: messages, errors and rate limits", async () => {
    const { rest, channel } = await setUp();
    await rest.post(Routes.channelMessages(channel), { body: { content: "x" } });
    await rest.get(Routes.channelMessages(channel));
    await rest.get(Routes.channel(channel));
    discord.failNext(/\/messages$/, DISCORD_ERRORS.missingPermissions);
    await rest
      .post(Routes.channelMessages(channel), { body: { content: "x" } })
      .catch(() => undefined);
    expect(taken()).toEqual([]);
  });
});
