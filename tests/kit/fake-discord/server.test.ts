import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  REST,
  Routes,
  type ChatInputCommandInteraction,
} from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { addRole, makeGuild, makeUser, PERMISSIONS } from "./fixtures.js";
import { MAX_PINS } from "./message-edits.js";
import {
  DISCORD_ERRORS,
  shardOf,
  startFakeDiscord,
  type FakeDiscord,
  type FakeScheduledEvent,
} from "./server.js";

let discord: FakeDiscord;
afterEach(() => discord.close());

async function setUp(options?: Parameters<typeof startFakeDiscord>[0]) {
  discord = await startFakeDiscord(options);
  const guild = discord.addGuild(makeGuild("g", makeUser("owner").id, ["a", "b"]));
  const rest = new REST({ api: discord.apiBase, retries: 0 }).setToken(discord.token);
  return { rest, channel: guild.channels[0]!.id };
}

const post = (rest: REST, channel: string, body: object) =>
  rest.post(Routes.channelMessages(channel), { body }) as Promise<{ id: string }>;

describe("the Discord-compatible test server", () => {
  it("answers with Discord's error codes when told to", async () => {
    const { rest, channel } = await setUp();
    for (const [failure, code] of [
      [DISCORD_ERRORS.missingPermissions, 50013],
      [DISCORD_ERRORS.missingAccess, 50001],
      [DISCORD_ERRORS.unknownChannel, 10003],
    ] as const) {
      discord.failNext(/\/messages$/, failure);
      const error = await post(rest, channel, { content: "x" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiscordAPIError);
      expect((error as DiscordAPIError).code).toBe(code);
    }
    expect(discord.messages.get(channel)).toBeUndefined();
  });

  it("answers 5xx when told to, and the next request goes through", async () => {
    const { channel } = await setUp();
    discord.failNext(/\/messages$/, DISCORD_ERRORS.serverError);
    const auth = { authorization: `Bot ${discord.token}`, "content-type": "application/json" };
    const first = await fetch(`${discord.apiBase}/v10/channels/${channel}/messages`, {
      method: "POST",
      headers: auth,
      body: "{}",
    });
    const second = await fetch(`${discord.apiBase}/v10/channels/${channel}/messages`, {
      method: "POST",
      headers: auth,
      body: "{}",
    });
    expect([first.status, second.status]).toEqual([500, 200]);
  });

  it("rejects a request without the bot token", async () => {
    await setUp();
    expect((await fetch(`${discord.apiBase}/v10/users/@me`)).status).toBe(401);
  });

  it("returns the earlier message for a repeated nonce with enforce_nonce, as Discord does", async () => {
    const { rest, channel } = await setUp();
    const first = await post(rest, channel, {
      content: "hello",
      nonce: "n-1",
      enforce_nonce: true,
    });
    const again = await post(rest, channel, {
      content: "hello",
      nonce: "n-1",
      enforce_nonce: true,
    });
    const unenforced = await post(rest, channel, { content: "hello", nonce: "n-1" });
    expect(again.id).toBe(first.id);
    expect(unenforced.id).not.toBe(first.id);
    expect(discord.messages.get(channel)).toHaveLength(2);
  });

  it("enforces the global limit with 429, Retry-After and X-RateLimit-Global", async () => {
    // All 15 arrive in one window of the server's rate-limit clock, however busy the machine.
    const { channel } = await setUp({ globalLimit: 10, elapsed: () => 1000 });
    const auth = { authorization: `Bot ${discord.token}` };
    const responses = await Promise.all(
      Array.from({ length: 15 }, () =>
        fetch(`${discord.apiBase}/v10/channels/${channel}`, { headers: auth }),
      ),
    );
    const limited = responses.filter((r) => r.status === 429);
    expect(limited).toHaveLength(5);
    expect(limited[0]!.headers.get("x-ratelimit-global")).toBe("true");
    expect(Number(limited[0]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await limited[0]!.json()) as { global: boolean }).global).toBe(true);
  });

  it("keeps per-channel buckets whose headers let discord.js wait instead of hitting 429", async () => {
    const { rest, channel } = await setUp({ channelLimit: { limit: 2, windowMs: 300 } });
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => post(rest, channel, { content: String(i) })),
    );
    const posts = discord.seen("POST", /\/messages$/);
    expect(posts).toHaveLength(5);
    expect(posts.every((r) => r.status === 200)).toBe(true);
    expect(discord.messages.get(channel)).toHaveLength(5);
  });

  it("forgets a nonce after its window on the injected clock, not the real one", async () => {
    let now = Date.parse("2026-11-25T05:00:00Z");
    const { rest, channel } = await setUp({ now: () => now, nonceWindowMs: 5 * 60_000 });
    const body = { content: "hello", nonce: "n-2", enforce_nonce: true };
    const first = await post(rest, channel, body);
    now += 4 * 60_000;
    expect((await post(rest, channel, body)).id).toBe(first.id);
    now += 2 * 60_000;
    expect((await post(rest, channel, body)).id).not.toBe(first.id);
  });

  it("lists messages after an id, oldest page first, newest first within it, without their nonces", async () => {
    let now = Date.parse("2026-11-25T05:00:00Z");
    const { rest, channel } = await setUp({ now: () => now });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      now += 1000;
      ids.push(
        (await post(rest, channel, { content: String(i), nonce: `n${i}`, enforce_nonce: true })).id,
      );
    }
    const page = (await rest.get(Routes.channelMessages(channel), {
      query: new URLSearchParams({ after: ids[0]!, limit: "2" }),
    })) as { id: string; nonce?: string }[];
    expect(page.map((m) => m.id)).toEqual([ids[2], ids[1]]);
    expect(page.every((m) => m.nonce === undefined)).toBe(true);
    const before = (await rest.get(Routes.channelMessages(channel), {
      query: new URLSearchParams({ before: ids[4]!, limit: "2" }),
    })) as { id: string }[];
    expect(before.map((m) => m.id)).toEqual([ids[3], ids[2]]);
  });

  it("answers an empty list, not an error, to a bot without Read Message History", async () => {
    discord = await startFakeDiscord();
    const guild = makeGuild("g", makeUser("owner").id, ["hidden"]);
    guild.channels[0]!.permission_overwrites = [
      { id: guild.id, type: 0, allow: "0", deny: PERMISSIONS.READ_MESSAGE_HISTORY.toString() },
    ];
    discord.addGuild(guild);
    const rest = new REST({ api: discord.apiBase, retries: 0 }).setToken(discord.token);
    const channel = guild.channels[0]!.id;
    await post(rest, channel, { content: "x" });
    expect(await rest.get(Routes.channelMessages(channel))).toEqual([]);
  });

  it("lets a role's allow overwrite win over another role's deny, whatever their order", async () => {
    discord = await startFakeDiscord();
    const guild = makeGuild("g", makeUser("owner").id, ["shared"]);
    const readers = addRole(guild, "readers", false);
    const muted = addRole(guild, "muted", false);
    guild.botRoles = [readers.id, muted.id];
    const history = PERMISSIONS.READ_MESSAGE_HISTORY.toString();
    guild.channels[0]!.permission_overwrites = [
      { id: readers.id, type: 0, allow: history, deny: "0" },
      { id: muted.id, type: 0, allow: "0", deny: history },
    ];
    discord.addGuild(guild);
    const rest = new REST({ api: discord.apiBase, retries: 0 }).setToken(discord.token);
    const channel = guild.channels[0]!.id;
    await post(rest, channel, { content: "x" });
    expect(await rest.get(Routes.channelMessages(channel))).toHaveLength(1);
  });

  it("keeps fixed global windows at a phase the client cannot know", async () => {
    const phase = 370;
    const { channel } = await setUp({ globalLimit: 5, globalWindowPhaseMs: phase });
    const auth = { authorization: `Bot ${discord.token}` };
    await Promise.all(
      Array.from({ length: 3 }, () =>
        fetch(`${discord.apiBase}/v10/channels/${channel}`, { headers: auth }),
      ),
    );
    for (const start of discord.globalWindowStarts)
      expect(Math.round((((start - phase) % 1000) + 1000) % 1000) % 1000).toBe(0);
  });

  it("allows ten crossposts per channel an hour, then answers 429 for the rest of it", async () => {
    const { rest, channel } = await setUp();
    const crosspost = async () =>
      fetch(
        `${discord.apiBase}/v10/channels/${channel}/messages/${(await post(rest, channel, { content: "x" })).id}/crosspost`,
        {
          method: "POST",
          headers: { authorization: `Bot ${discord.token}` },
        },
      );
    discord.usePublishes(channel, 9);
    expect((await crosspost()).status).toBe(200);
    const limited = await crosspost();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(3500);
  });
});

describe("the test server's scheduled events follow the rules in force since 23 February 2026", () => {
  it("creating needs Create Events (Manage Events alone is refused); one's own events are edited and deleted with either, anyone else's only with Manage Events", async () => {
    discord = await startFakeDiscord({ now: () => Date.parse("2026-11-20T00:00:00Z") });
    const guild = makeGuild("g", makeUser("owner").id, ["a"]);
    const role = addRole(guild, "bot", false);
    guild.botRoles = [role.id];
    discord.addGuild(guild);
    const rest = new REST({ api: discord.apiBase, retries: 0 }).setToken(discord.token);
    const grant = (bits: bigint) => (role.permissions = bits.toString());
    const body = {
      name: "Kalbajar City Day",
      scheduled_start_time: "2026-11-25T05:00:00.000Z",
      scheduled_end_time: "2026-11-25T20:00:00.000Z",
      privacy_level: 2,
      entity_type: 3,
      entity_metadata: { location: "Azerbaijan" },
    };
    const code = (request: Promise<unknown>) =>
      request.then(
        () => 200,
        (error: DiscordAPIError) => error.code,
      );
    const create = () => rest.post(Routes.guildScheduledEvents(guild.id), { body });
    const edit = (id: string) =>
      rest.patch(Routes.guildScheduledEvent(guild.id, id), { body: { name: "Renamed" } });
    const remove = (id: string) => rest.delete(Routes.guildScheduledEvent(guild.id, id));

    grant(PERMISSIONS.MANAGE_EVENTS);
    expect(await code(create())).toBe(50013);
    grant(PERMISSIONS.CREATE_EVENTS);
    const own = (await create()) as FakeScheduledEvent;
    expect(own.creator_id).toBe(discord.botUser.id);
    expect(await code(edit(own.id))).toBe(200);
    grant(PERMISSIONS.MANAGE_EVENTS);
    expect(await code(edit(own.id))).toBe(200);

    const theirs = { ...own, id: "1234567890123456789", creator_id: makeUser("someone").id };
    discord.scheduledEvents.get(guild.id)!.push(theirs);
    grant(PERMISSIONS.CREATE_EVENTS);
    expect(await code(edit(theirs.id))).toBe(50013);
    expect(await code(remove(theirs.id))).toBe(50013);
    grant(0n);
    // Reading an external event needs no permission.
    expect(await rest.get(Routes.guildScheduledEvent(guild.id, theirs.id))).toMatchObject({
      id: theirs.id,
    });
    grant(PERMISSIONS.MANAGE_EVENTS);
    expect(await code(remove(theirs.id))).toBe(200);
    grant(PERMISSIONS.CREATE_EVENTS);
    expect(await code(remove(own.id))).toBe(200);
    expect(discord.scheduledEvents.get(guild.id)).toEqual([]);
  });
});

describe("the test server's interactions", () => {
  let client: Client;
  let handle: (interaction: ChatInputCommandInteraction) => Promise<void>;
  afterEach(() => client.destroy());

  async function connect() {
    discord = await startFakeDiscord();
    discord.addGuild(makeGuild("g", makeUser("owner").id, ["a"]));
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBase } });
    client.on(Events.InteractionCreate, (i) => {
      if (i.isChatInputCommand()) void handle(i);
    });
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(discord.token);
    await ready;
  }

  it("a deferral (type 5) becomes its message when @original is edited; answer() resolves with that edit, ephemeral as deferred", async () => {
    await connect();
    handle = async (i) => {
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.editReply({ content: "saved" });
      await i.followUp({ content: "and one more", flags: MessageFlags.Ephemeral });
    };
    const answered = await discord.answer({ name: "slow" });
    expect(answered.callback).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    expect(answered.data).toMatchObject({ content: "saved", flags: MessageFlags.Ephemeral });
    await expect.poll(() => discord.interactionMessages.get(answered.id)!.followUps.length).toBe(1);
    const messages = discord.interactionMessages.get(answered.id)!;
    expect(messages.edits).toEqual([expect.objectContaining({ content: "saved" })]);
    expect(messages.original).toMatchObject({ content: "saved", flags: MessageFlags.Ephemeral });
    expect(messages.followUps[0]).toMatchObject({
      content: "and one more",
      flags: MessageFlags.Ephemeral,
    });

    handle = (i) => i.reply({ content: "at once" }).then(() => undefined);
    const direct = await discord.answer({ name: "quick" });
    expect(direct.callback.type).toBe(4);
    expect(direct.data).toMatchObject({ content: "at once" });
  });

  it("refuses an edit before the first answer (Unknown Webhook) and a second answer (40060)", async () => {
    await connect();
    const codes: unknown[] = [];
    const code = (request: Promise<unknown>) =>
      request.then(
        () => codes.push(200),
        (error: DiscordAPIError) => codes.push(error.code),
      );
    handle = async (i) => {
      const original = Routes.webhookMessage(i.applicationId, i.token, "@original");
      await code(client.rest.patch(original, { body: { content: "too early" }, auth: false }));
      await i.deferReply();
      await code(
        client.rest.post(Routes.interactionCallback(i.id, i.token), {
          body: { type: 4, data: { content: "a second answer" } },
          auth: false,
        }),
      );
      await i.editReply({ content: "done" });
    };
    const answered = await discord.answer({ name: "twice" });
    expect(codes).toEqual([10015, 40060]);
    expect(answered.data.content).toBe("done");
    expect(discord.interactionAnswers.get(answered.id)).toBe(2);
  });
  it("refuses an update (type 7) to a command, and an answer whose components break Discord's limits", async () => {
    await connect();
    const codes: unknown[] = [];
    handle = async (i) => {
      const answer = (body: object) =>
        client.rest.post(Routes.interactionCallback(i.id, i.token), { body, auth: false }).then(
          () => codes.push(200),
          (error: DiscordAPIError) => codes.push(error.code),
        );
      await answer({ type: 7, data: { content: "not a component" } });
      const button = (n: number) => ({ type: 2, style: 1, label: `${n}`, custom_id: "same" });
      await answer({
        type: 4,
        data: { content: "x", components: [{ type: 1, components: [button(1), button(2)] }] },
      });
      await answer({ type: 4, data: { content: "fine" } });
    };
    const answered = await discord.answer({ name: "updates" });
    await expect.poll(() => codes).toEqual([50035, 50035, 200]);
    expect(answered.data.content).toBe("fine");
  });
});

describe("where Discord's client offers a command", () => {
  it("by its contexts and installation types; private channels only through a user's install; contexts null: not there", async () => {
    const { rest } = await setUp();
    const command = (name: string, fields: object) => ({ name, description: name, ...fields });
    await rest.put(Routes.applicationCommands(discord.applicationId), {
      body: [
        command("anywhere", { integration_types: [0, 1], contexts: [0, 1, 2] }),
        command("servers", { integration_types: [0], contexts: [0] }),
        command("unset", { integration_types: [0, 1] }),
        command("plain", {}),
      ],
    });
    expect(discord.offers("anywhere", { context: 2, install: "user" })).toBe(true);
    expect(discord.offers("anywhere", { context: 2, install: "guild" })).toBe(false);
    expect(discord.offers("servers", { context: 1 })).toBe(false);
    expect(discord.offers("servers", { context: 0, install: "user" })).toBe(false);
    expect(
      [0, 1, 2].map((context) => discord.offers("unset", { context: context as 0 | 1 | 2 })),
    ).toEqual([true, true, false]);
    // Left out, a command is installed as a new app is: to servers only.
    expect(discord.offers("plain", { context: 0, install: "user" })).toBe(false);
    expect(discord.offers("plain", { context: 0 })).toBe(true);
  });
});

describe("the test server's sharding", () => {
  const clients: Client[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.destroy();
  });

  /** A discord.js client running `shards` of `count`, or as many as the server recommends. */
  async function connect(shards?: number[], count?: number) {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: discord.apiBase },
      ...(shards ? { shards, shardCount: count } : { shards: "auto" as const }),
    });
    clients.push(client);
    const received: (string | null)[] = [];
    client.on(Events.InteractionCreate, (i) => void received.push(i.guildId));
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(discord.token);
    await ready;
    return { client, received };
  }

  it("recommends a shard count, and sends each guild's events only to the sessions of its shard", async () => {
    discord = await startFakeDiscord({ shards: 2 });
    const guilds = Array.from({ length: 8 }, (_, i) =>
      discord.addGuild(makeGuild(`g${i}`, makeUser("owner").id, ["a"])),
    );
    const byShard = [0, 1].map((shard) => guilds.filter((g) => shardOf(g.id, 2) === shard));
    expect(byShard.every((list) => list.length > 0)).toBe(true);

    const auto = await connect();
    expect(auto.client.ws.shards.size).toBe(2);
    await auto.client.destroy();
    const zero = await connect([0], 2);
    const one = await connect([1], 2);
    // A second session on shard 0, as a misconfigured second process would open: it gets the same events.
    const zeroAgain = await connect([0], 2);
    expect([...zero.client.guilds.cache.keys()].sort()).toEqual(
      byShard[0]!.map((g) => g.id).sort(),
    );
    expect([...one.client.guilds.cache.keys()].sort()).toEqual(byShard[1]!.map((g) => g.id).sort());
    expect(discord.identifies.slice(-3).map((d) => d.shard)).toEqual([
      [0, 2],
      [1, 2],
      [0, 2],
    ]);

    for (const guild of guilds)
      discord.dispatch(
        "INTERACTION_CREATE",
        discord.interactionPayload({ name: "today", guild }),
        guild.id,
      );
    await expect.poll(() => zero.received.length + one.received.length).toBe(guilds.length);
    expect(zero.received.sort()).toEqual(byShard[0]!.map((g) => g.id).sort());
    expect(one.received.sort()).toEqual(byShard[1]!.map((g) => g.id).sort());
    expect(zeroAgain.received.sort()).toEqual(zero.received);

    // A DM's interaction has no guild: shard 0 alone gets it.
    discord.dispatch(
      "INTERACTION_CREATE",
      discord.interactionPayload({ name: "today", context: 1 }),
    );
    await expect.poll(() => zero.received.filter((id) => id === null).length).toBe(1);
    expect(zeroAgain.received.filter((id) => id === null)).toHaveLength(1);
    expect(one.received.filter((id) => id === null)).toHaveLength(0);
  });

  it("closes a session that identifies as a shard outside its count (4010)", async () => {
    discord = await startFakeDiscord();
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: discord.apiBase },
      shards: [2],
      shardCount: 2,
    });
    clients.push(client);
    const closed = new Promise<number>((resolve) =>
      client.on(Events.ShardDisconnect, (event) => resolve(event.code)),
    );
    await client.login(discord.token).catch(() => undefined);
    expect(await closed).toBe(4010);
  });

  it("edits, deletes and pins messages as Discord does", async () => {
    const { rest, channel } = await setUp();
    const code = (work: Promise<unknown>) =>
      work.then(
        () => null,
        (e: unknown) => (e as DiscordAPIError).code,
      );
    const { id } = await post(rest, channel, { content: "x" });
    const edited = (await rest.patch(Routes.channelMessage(channel, id), {
      body: { content: "y" },
    })) as { content: string; edited_timestamp: string | null };
    expect(edited).toMatchObject({ content: "y", edited_timestamp: expect.any(String) });
    // Another author's message: 50005.
    const theirs = { ...discord.messages.get(channel)![0], id: "1", author: makeUser("member") };
    discord.messages.get(channel)!.push(theirs);
    expect(
      await code(rest.patch(Routes.channelMessage(channel, "1"), { body: { content: "z" } })),
    ).toBe(50005);
    expect(
      await code(
        rest.patch(Routes.channelMessage(channel, id), { body: { content: "x".repeat(2001) } }),
      ),
    ).toBe(50035);
    // Pin Messages, which @everyone lacks here.
    expect(await code(rest.put(Routes.channelMessagesPin(channel, id)))).toBe(50013);
    const guild = [...discord.guilds.values()][0]!;
    guild.roles[0]!.permissions = String(
      BigInt(guild.roles[0]!.permissions) | PERMISSIONS.PIN_MESSAGES,
    );
    expect(await code(rest.put(Routes.channelMessagesPin(channel, id)))).toBeNull();
    expect(discord.messages.get(channel)![0].pinned).toBe(true);
    for (let i = 0; i < MAX_PINS; i++)
      discord.messages.get(channel)!.push({ ...theirs, id: String(100 + i), pinned: true });
    const { id: another } = await post(rest, channel, { content: "w" });
    expect(await code(rest.put(Routes.channelMessagesPin(channel, another)))).toBe(30003);
    // Deleted: gone, and an edit answers 10008.
    expect(await code(rest.delete(Routes.channelMessage(channel, id)))).toBeNull();
    expect(await code(rest.patch(Routes.channelMessage(channel, id), { body: {} }))).toBe(10008);
    expect(await code(rest.delete(Routes.channelMessage(channel, "1")))).toBe(50013);
  });
});

describe("the test server's direct messages", () => {
  const openDm = (rest: REST, userId: string) =>
    rest.post(Routes.userChannels(), { body: { recipient_id: userId } }) as Promise<{
      id: string;
      type: number;
    }>;
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: DiscordAPIError) => [e.status, e.code],
    );

  it("opens one DM channel per user, and takes messages from a member of a server it shares", async () => {
    const { rest } = await setUp();
    const member = makeUser("member");
    await discord.interact({ name: "today", user: member }, 200).catch(() => undefined);
    const dm = await openDm(rest, member.id);
    expect(dm.type).toBe(1);
    expect((await openDm(rest, member.id)).id).toBe(dm.id);
    const sent = await post(rest, dm.id, { content: "hi", nonce: "n1", enforce_nonce: true });
    expect((await post(rest, dm.id, { content: "hi", nonce: "n1", enforce_nonce: true })).id).toBe(
      sent.id,
    );
    const history = (await rest.get(Routes.channelMessages(dm.id))) as { id: string }[];
    expect(history.map((m) => m.id)).toEqual([sent.id]);
    expect(discord.spec.violations).toEqual([]);
  });

  it("refuses with 50007 a user who closed DMs, or shares no server, unless they installed the app", async () => {
    const { rest } = await setUp();
    const closed = makeUser("closed");
    await discord.interact({ name: "today", user: closed }, 200).catch(() => undefined);
    discord.directMessages.closed.add(closed.id);
    const stranger = makeUser("stranger");
    expect(await refusal(post(rest, (await openDm(rest, closed.id)).id, { content: "x" }))).toEqual(
      [403, 50007],
    );
    const strangerDm = (await openDm(rest, stranger.id)).id;
    expect(await refusal(post(rest, strangerDm, { content: "x" }))).toEqual([403, 50007]);
    discord.directMessages.installed.add(stranger.id);
    expect(await refusal(post(rest, strangerDm, { content: "x" }))).toBeNull();
  });
});
