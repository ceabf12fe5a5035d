import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { manualClock } from "../clock.js";
import { makeGuild, makeUser, PERMISSIONS, type FakeGuild } from "../kit/fake-discord/fixtures.js";
import { DISCORD_ERRORS, type Failure } from "../kit/fake-discord/server.js";
import { CHANNEL_TYPES, REQUIRE_TAG } from "../kit/fake-discord/threads.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { messages, subscribe } from "../kit/delivery-helpers.js";

const LOST_ANSWER: Failure = { status: 0, hang: true, afterHandling: true };
const WRITTEN_THEN_500: Failure = { ...DISCORD_ERRORS.serverError, afterHandling: true };
const ADMIN = PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES;
const THREADS =
  PERMISSIONS.CREATE_PUBLIC_THREADS |
  PERMISSIONS.SEND_MESSAGES_IN_THREADS |
  PERMISSIONS.MANAGE_CHANNELS;

/** A server with a text channel and a forum; @everyone (the bot too) may use threads unless `without`. */
function server(without = 0n): FakeGuild {
  const guild = makeGuild("Threads", makeUser("owner").id, ["daily", "forum"]);
  const everyone = guild.roles[0]!;
  everyone.permissions = ((BigInt(everyone.permissions) | THREADS) & ~without).toString();
  const forum = guild.channels[1]!;
  forum.type = CHANNEL_TYPES.forum;
  forum.available_tags = [];
  return guild;
}

const channel = (h: Harness, name: string) => h.guild.channels.find((c) => c.name === name)!;
const threadsOf = (h: Harness, parentId: string) =>
  [...h.discord.threads.values()].filter((t) => t.parent_id === parentId);

/** `/subscription add` by an admin, with these options. */
const add = (h: Harness, options: { name: string; type: number; value: unknown }[]) =>
  h.discord.answer({
    name: "subscription",
    user: makeUser("admin"),
    permissions: ADMIN,
    options: [{ name: "add", type: 1, options }],
  });

/** Posts fail this way first, then get 5xx until discord.js gives up: the tick ends with a retry. */
function failThenGiveUp(h: Harness, path: RegExp, first: Failure): void {
  h.discord.failNext(path, first, { method: "POST" });
  h.discord.failNext(path, DISCORD_ERRORS.serverError, { method: "POST", times: 3 });
}

/** What follows a request that made its thread or post. */
const FAULTS: [string, Failure][] = [
  ["its answer lost", LOST_ANSWER],
  ["then a 5xx", WRITTEN_THEN_500],
];

let h: Harness | undefined;

/** A bot whose requests time out quickly (a lost answer is seen at once); its clock. */
async function faultyBot() {
  const clock = manualClock("2026-11-25T04:00:00Z");
  h = await startHarness({ clock, guild: server(), timeoutMs: 300 });
  return { clock, bot: h };
}
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe("a thread on each post", () => {
  it("/subscription add … thread: the post opens a thread named after the day, archived as asked", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, guild: server() });
    const daily = channel(h, "daily");
    const added = await add(h, [
      { name: "channel", type: 7, value: daily.id },
      { name: "thread", type: 3, value: "day" },
    ]);
    expect(added.data.content).toContain("thread on each post, archived after 1 day");
    clock.set("2026-11-25T05:00:00Z");
    await h.dispatcher.tick();
    const [post] = messages(h, daily.id);
    const [thread] = threadsOf(h, daily.id);
    expect(thread).toMatchObject({ id: post.id, autoArchiveMinutes: 1440 });
    expect(thread!.name).toMatch(/Kalbajar/);
  });

  it("without Create Public Threads: /subscription add names it; refused at post time, the post stands and the status says why", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, guild: server(PERMISSIONS.CREATE_PUBLIC_THREADS) });
    const daily = channel(h, "daily");
    const refused = await add(h, [
      { name: "channel", type: 7, value: daily.id },
      { name: "thread", type: 3, value: "week" },
    ]);
    expect(refused.data.content).toContain("Create Public Threads");
    // Granted when the admin subscribed, taken back before the post.
    const sub = await subscribe(h, { channelId: daily.id, threadArchive: 60 });
    clock.set("2026-11-25T05:00:00Z");
    await h.dispatcher.tick();
    expect(messages(h, daily.id)).toHaveLength(1);
    expect(threadsOf(h, daily.id)).toEqual([]);
    const after = await h.subscriptions.find(sub.id);
    expect(after).toMatchObject({ status: "active" });
    expect(after!.lastError).toContain("Create Public Threads");
  });

  it.each(FAULTS)(
    "the thread made, %s: the retry finds the message, Discord answers 160004, one message and one thread",
    async (_, first) => {
      const { clock, bot } = await faultyBot();
      const daily = channel(bot, "daily");
      const sub = await subscribe(bot, { channelId: daily.id, threadArchive: 60 });
      failThenGiveUp(bot, new RegExp(`^/channels/${daily.id}/messages/\\d+/threads$`), first);
      clock.set("2026-11-25T05:00:00Z");
      await bot.dispatcher.tick();
      expect(threadsOf(bot, daily.id)).toHaveLength(1);
      expect(await bot.deliveries.list(sub.id)).toEqual([
        expect.objectContaining({ status: "retry" }),
      ]);
      clock.set("2026-11-25T05:10:00Z"); // past the nonce window
      await bot.dispatcher.tick();
      const refusedAgain = bot.discord.seen("POST", /\/threads$/).filter((r) => r.status === 400);
      expect(refusedAgain.map((r) => r.status)).toEqual([400]); // 160004
      expect(messages(bot, daily.id)).toHaveLength(1);
      expect(threadsOf(bot, daily.id)).toHaveLength(1);
      expect(await bot.deliveries.list(sub.id)).toEqual([
        expect.objectContaining({ status: "sent", messageId: messages(bot, daily.id)[0].id }),
      ]);
      // 160004 is the thread the first try opened: nothing to warn of.
      expect((await bot.subscriptions.find(sub.id))!.lastError).toBeNull();
    },
  );
});

describe("a forum: one post a day, tagged by kind", () => {
  it("/subscription add on a forum: the post is a thread named after the day, its tags created in the subscription's language", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, guild: server() });
    const forum = channel(h, "forum");
    await add(h, [
      { name: "channel", type: 7, value: forum.id },
      { name: "language", type: 3, value: "ru" },
    ]);
    clock.set("2026-11-25T05:00:00Z");
    await h.dispatcher.tick();
    const [post] = threadsOf(h, forum.id);
    expect(post!.name).toMatch(/Кяльбаджар|Кельбеджер|Кяльбаджар/);
    expect(forum.available_tags!.map((t) => t.name)).toEqual(["День города"]);
    expect(post!.applied_tags).toEqual([forum.available_tags![0]!.id]);
    expect(messages(h, post!.id)).toHaveLength(1);
    expect(messages(h, forum.id)).toEqual([]);
  });

  it.each(FAULTS)(
    "the post made, %s: no nonce guards it, so the retry looks among the active threads and posts nothing twice",
    async (_, first) => {
      const { clock, bot } = await faultyBot();
      const forum = channel(bot, "forum");
      const sub = await subscribe(bot, { channelId: forum.id });
      failThenGiveUp(bot, new RegExp(`^/channels/${forum.id}/threads$`), first);
      clock.set("2026-11-25T05:00:00Z");
      await bot.dispatcher.tick();
      expect(threadsOf(bot, forum.id)).toHaveLength(1);
      clock.set("2026-11-25T05:01:00Z"); // inside what a nonce would cover: the forum has none
      await bot.dispatcher.tick();
      clock.set("2026-11-25T05:10:00Z");
      await bot.dispatcher.tick();
      expect(threadsOf(bot, forum.id)).toHaveLength(1);
      const [post] = threadsOf(bot, forum.id);
      expect(await bot.deliveries.list(sub.id)).toEqual([
        expect.objectContaining({ status: "sent", messageId: post!.id }),
      ]);
    },
  );

  it.each(FAULTS)(
    "the post made, %s, and archived before the retry: the retry finds it among the forum's archived threads",
    async (_, first) => {
      const { clock, bot } = await faultyBot();
      const forum = channel(bot, "forum");
      const sub = await subscribe(bot, { channelId: forum.id, threadArchive: 60 });
      failThenGiveUp(bot, new RegExp(`^/channels/${forum.id}/threads$`), first);
      clock.set("2026-11-25T05:00:00Z");
      await bot.dispatcher.tick();
      clock.set("2026-11-25T06:30:00Z"); // past its hour: archived, no longer among the active
      await bot.dispatcher.tick();
      expect(threadsOf(bot, forum.id)).toHaveLength(1);
      const [post] = threadsOf(bot, forum.id);
      expect(await bot.deliveries.list(sub.id)).toEqual([
        expect.objectContaining({ status: "sent", messageId: post!.id }),
      ]);
    },
  );

  it("the post made, its answer lost, archived before the retry, without Read Message History: not posted again, and the status says why", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    const guild = server();
    const forum = guild.channels[1]!;
    forum.permission_overwrites.push({
      id: guild.id,
      type: 0,
      allow: "0",
      deny: PERMISSIONS.READ_MESSAGE_HISTORY.toString(),
    });
    const bot = (h = await startHarness({ clock, guild, timeoutMs: 300 }));
    const sub = await subscribe(bot, { channelId: forum.id, threadArchive: 60 });
    failThenGiveUp(bot, new RegExp(`^/channels/${forum.id}/threads$`), LOST_ANSWER);
    clock.set("2026-11-25T05:00:00Z");
    await bot.dispatcher.tick();
    clock.set("2026-11-25T06:30:00Z");
    const report = await bot.dispatcher.tick();
    expect(report.unverified).toBe(1);
    expect(threadsOf(bot, forum.id)).toHaveLength(1);
    expect(await bot.deliveries.list(sub.id)).toEqual([
      expect.objectContaining({
        status: "failed",
        error: expect.stringContaining("Read Message History"),
      }),
    ]);
  });

  it("without Manage Channels: posted without tags, and the status says which and why", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, guild: server(PERMISSIONS.MANAGE_CHANNELS) });
    const forum = channel(h, "forum");
    const sub = await subscribe(h, { channelId: forum.id });
    clock.set("2026-11-25T05:00:00Z");
    await h.dispatcher.tick();
    expect(threadsOf(h, forum.id)).toEqual([expect.objectContaining({ applied_tags: [] })]);
    const after = await h.subscriptions.find(sub.id);
    expect(after!.lastError).toMatch(/without the tags City day.*Manage Channels/);
  });

  it("refused (50013) for want of Send Messages in the forum: the subscription is broken, naming it", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, guild: server() });
    const forum = channel(h, "forum");
    const sub = await subscribe(h, { channelId: forum.id });
    forum.permission_overwrites.push({
      id: h.guild.id,
      type: 0,
      allow: "0",
      deny: PERMISSIONS.SEND_MESSAGES.toString(),
    });
    clock.set("2026-11-25T05:00:00Z");
    await h.dispatcher.tick();
    expect(threadsOf(h, forum.id)).toEqual([]);
    expect(await h.subscriptions.find(sub.id)).toMatchObject({
      status: "broken",
      brokenReason: expect.stringContaining("I lack Send Messages in the forum"),
    });
  });

  it("a full forum (20 tags): posted without the missing tag, saying there is no room", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    const guild = server();
    guild.channels[1]!.available_tags = Array.from({ length: 20 }, (_, i) => ({
      id: `${1000 + i}`,
      name: `tag ${i}`,
      moderated: false,
      emoji_id: null,
      emoji_name: null,
    }));
    h = await startHarness({ clock, guild });
    const forum = channel(h, "forum");
    const sub = await subscribe(h, { channelId: forum.id });
    clock.set("2026-11-25T05:00:00Z");
    await h.dispatcher.tick();
    expect(threadsOf(h, forum.id)).toEqual([expect.objectContaining({ applied_tags: [] })]);
    expect((await h.subscriptions.find(sub.id))!.lastError).toContain(
      "no room for the tags City day",
    );
  });

  it("a forum that comes to require tags the bot may not add: the post is not made, and the subscription says which to create", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    h = await startHarness({ clock, guild: server(PERMISSIONS.MANAGE_CHANNELS) });
    const forum = channel(h, "forum");
    const sub = await subscribe(h, { channelId: forum.id });
    forum.flags = REQUIRE_TAG;
    clock.set("2026-11-25T05:00:00Z");
    await h.dispatcher.tick();
    expect(threadsOf(h, forum.id)).toEqual([]);
    expect(await h.subscriptions.find(sub.id)).toMatchObject({
      status: "broken",
      brokenReason: expect.stringMatching(/requires a tag.*City day.*Manage Channels/),
    });
  });

  it("a forum that requires tags, without them or Manage Channels: /subscription add says which tags to create", async () => {
    const guild = server(PERMISSIONS.MANAGE_CHANNELS);
    guild.channels[1]!.flags = REQUIRE_TAG;
    h = await startHarness({ clock: manualClock("2026-11-25T04:00:00Z"), guild });
    const refused = await add(h, [
      { name: "channel", type: 7, value: channel(h, "forum").id },
      { name: "kinds", type: 3, value: "city-day,memorial-day" },
    ]);
    expect(refused.data.content).toContain("City day, Day of mourning");
    expect(refused.data.content).toContain("Manage Channels");
  });
});

const postgres = process.env.TEST_POSTGRES_URL;
const skipReason = postgres ? null : "TEST_POSTGRES_URL is not set (.ci/run sets it)";

describe.skipIf(skipReason)(
  `a forum post and a process that dies${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    const schema = `threads_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: postgres });
    const others: Harness[] = [];
    afterEach(async () => {
      for (const other of others.splice(0)) await other.stop();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    });

    it("the process that made the post dies before recording it: another takes its claim over, finds the post, and posts nothing twice", async () => {
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      const clock = manualClock("2026-11-25T04:00:00Z");
      // The request that hangs must not time out on its own during the test: its process is dead.
      const common = { clock, databaseUrl: postgres!, store: { schema }, timeoutMs: 600_000 };
      h = await startHarness({ ...common, guild: server() });
      const dying = h;
      const forum = channel(dying, "forum");
      const sub = await subscribe(dying, { channelId: forum.id });
      dying.discord.failNext(new RegExp(`^/channels/${forum.id}/threads$`), LOST_ANSWER, {
        method: "POST",
      });
      clock.set("2026-11-25T05:00:00Z");
      void dying.dispatcher.tick().catch(() => undefined);
      await vi.waitFor(() => expect(threadsOf(dying, forum.id)).toHaveLength(1));
      const survivor = await startHarness({ ...common, guild: dying.guild, server: dying.discord });
      others.push(survivor);
      clock.set("2026-11-25T05:02:00Z"); // past the dead process's lease (60 s)
      await survivor.dispatcher.tick();
      const [post] = threadsOf(survivor, forum.id);
      expect(threadsOf(survivor, forum.id)).toHaveLength(1);
      expect(await survivor.deliveries.list(sub.id)).toEqual([
        expect.objectContaining({ status: "sent", messageId: post!.id }),
      ]);
    });
  },
);
