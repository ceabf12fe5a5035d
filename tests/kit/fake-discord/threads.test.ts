import { DiscordAPIError, REST, Routes } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { makeGuild, makeUser, PERMISSIONS } from "./fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "./server.js";
import { CHANNEL_TYPES, REQUIRE_TAG } from "./threads.js";

let discord: FakeDiscord;
afterEach(() => discord.close());

/** A guild with a text channel and a forum; @everyone (the bot) has the default permissions plus `extra`. */
async function setUp(extra = 0n) {
  discord = await startFakeDiscord();
  const guild = makeGuild("g", makeUser("owner").id, ["text", "forum"]);
  guild.roles[0]!.permissions = (BigInt(guild.roles[0]!.permissions) | extra).toString();
  Object.assign(guild.channels[1]!, { type: CHANNEL_TYPES.forum, available_tags: [] });
  discord.addGuild(guild);
  const rest = new REST({ api: discord.apiBase, retries: 0 }).setToken(discord.token);
  return { rest, text: guild.channels[0]!, forum: guild.channels[1]! };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e as DiscordAPIError).code,
  );
const THREADS = PERMISSIONS.CREATE_PUBLIC_THREADS | PERMISSIONS.SEND_MESSAGES_IN_THREADS;
const forumPost = (name: string, extra: object = {}) => ({
  name,
  message: { content: "starter" },
  ...extra,
});

describe("threads and forum posts on the test server", () => {
  it("a thread on a message takes its id; a second answers 160004; Create Public Threads is needed", async () => {
    const { rest, text } = await setUp();
    const message = (await rest.post(Routes.channelMessages(text.id), {
      body: { content: "x" },
    })) as { id: string };
    const start = () => rest.post(Routes.threads(text.id, message.id), { body: { name: "day" } });
    expect(await codeOf(start())).toBe(50013);
    discord.guilds.get(text.guild_id)!.roles[0]!.permissions = (
      BigInt(discord.guilds.get(text.guild_id)!.roles[0]!.permissions) | THREADS
    ).toString();
    expect(await start()).toMatchObject({ id: message.id, type: 11, parent_id: text.id });
    expect(await codeOf(start())).toBe(160004);
    expect(
      await codeOf(
        rest.post(Routes.threads(text.id, message.id), { body: { name: "x".repeat(101) } }),
      ),
    ).toBe(50035);
    expect(discord.spec.take()).toHaveLength(1); // the request broke the spec, as meant
  });

  it("a forum takes posts, not messages; its post's starter shares the thread's id and has no nonce", async () => {
    const { rest, forum } = await setUp(THREADS);
    expect(
      await codeOf(rest.post(Routes.channelMessages(forum.id), { body: { content: "x" } })),
    ).toBe(50008);
    const first = (await rest.post(Routes.threads(forum.id), {
      body: forumPost("day", { auto_archive_duration: 60 }),
    })) as { id: string; message: { id: string } };
    expect(first.message.id).toBe(first.id);
    const second = (await rest.post(Routes.threads(forum.id), { body: forumPost("day") })) as {
      id: string;
    };
    expect(second.id).not.toBe(first.id);
    expect(
      await codeOf(
        rest.post(Routes.threads(forum.id), {
          body: forumPost("day", { auto_archive_duration: 30 }),
        }),
      ),
    ).toBe(50035);
    expect(discord.spec.take()).toHaveLength(1);
    const active = (await rest.get(Routes.guildActiveThreads(forum.guild_id))) as {
      threads: { id: string }[];
    };
    expect(active.threads.map((t) => t.id)).toEqual([second.id, first.id]);
  });

  it("tags: Manage Channels to add them, 20 characters each; a forum that requires one refuses a post without (40067)", async () => {
    const { rest, forum } = await setUp();
    const tags = { available_tags: [{ name: "City day" }] };
    expect(await codeOf(rest.patch(Routes.channel(forum.id), { body: tags }))).toBe(50013);
    forum.flags = REQUIRE_TAG;
    expect(await codeOf(rest.post(Routes.threads(forum.id), { body: forumPost("day") }))).toBe(
      40067,
    );
    discord.guilds.get(forum.guild_id)!.roles[0]!.permissions = (
      BigInt(discord.guilds.get(forum.guild_id)!.roles[0]!.permissions) |
      PERMISSIONS.MANAGE_CHANNELS
    ).toString();
    const long = { available_tags: [{ name: "x".repeat(21) }] };
    expect(await codeOf(rest.patch(Routes.channel(forum.id), { body: long }))).toBe(50035);
    const edited = (await rest.patch(Routes.channel(forum.id), { body: tags })) as {
      available_tags: { id: string }[];
    };
    const tag = edited.available_tags[0]!.id;
    expect(
      await rest.post(Routes.threads(forum.id), {
        body: forumPost("day", { applied_tags: [tag] }),
      }),
    ).toMatchObject({ applied_tags: [tag] });
  });

  it("a thread archives after its period without a message, and leaves the active list", async () => {
    let now = Date.parse("2026-11-25T05:00:00Z");
    discord = await startFakeDiscord({ now: () => now });
    const guild = makeGuild("g", makeUser("owner").id, ["forum"]);
    Object.assign(guild.channels[0]!, { type: CHANNEL_TYPES.forum, available_tags: [] });
    discord.addGuild(guild);
    const rest = new REST({ api: discord.apiBase, retries: 0 }).setToken(discord.token);
    await rest.post(Routes.threads(guild.channels[0]!.id), {
      body: forumPost("day", { auto_archive_duration: 60 }),
    });
    const active = async () =>
      ((await rest.get(Routes.guildActiveThreads(guild.id))) as { threads: unknown[] }).threads;
    now += 59 * 60_000;
    expect(await active()).toHaveLength(1);
    now += 60_000;
    expect(await active()).toEqual([]);
  });
});

describe("a forum's archived public threads on the test server", () => {
  it("newest archive first, paged by `before` and `limit` with `has_more`; Read Message History is needed", async () => {
    let now = Date.parse("2026-11-25T05:00:00Z");
    discord = await startFakeDiscord({ now: () => now });
    const guild = makeGuild("g", makeUser("owner").id, ["forum"]);
    const forum = Object.assign(guild.channels[0]!, {
      type: CHANNEL_TYPES.forum,
      available_tags: [],
    });
    discord.addGuild(guild);
    const rest = new REST({ api: discord.apiBase, retries: 0 }).setToken(discord.token);
    for (const name of ["one", "two", "three"]) {
      await rest.post(Routes.threads(forum.id), {
        body: forumPost(name, { auto_archive_duration: 60 }),
      });
      now += 60_000;
    }
    type Page = {
      threads: { name: string; thread_metadata: { archive_timestamp: string } }[];
      has_more: boolean;
    };
    const list = async (query: Record<string, string>) =>
      (await rest.get(Routes.channelThreads(forum.id, "public"), {
        query: new URLSearchParams(query),
      })) as Page;
    expect((await list({})).threads).toEqual([]); // none archived yet
    now += 60 * 60_000;
    const first = await list({ limit: "2" });
    expect(first.threads.map((t) => t.name)).toEqual(["three", "two"]);
    expect(first.has_more).toBe(true);
    const before = first.threads[1]!.thread_metadata.archive_timestamp;
    const second = await list({ limit: "2", before });
    expect(second.threads.map((t) => t.name)).toEqual(["one"]);
    expect(second.has_more).toBe(false);

    forum.permission_overwrites.push({
      id: guild.id,
      type: 0,
      allow: "0",
      deny: PERMISSIONS.READ_MESSAGE_HISTORY.toString(),
    });
    expect(await codeOf(list({}))).toBe(50013);
  });
});
