import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { manualClock } from "../clock.js";
import {
  makeGuild,
  makeUser,
  PERMISSIONS,
  type FakeChannel,
  type FakeGuild,
} from "../kit/fake-discord/fixtures.js";
import { shardOf, startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { messages, subscribe } from "../kit/delivery-helpers.js";

const url = process.env.TEST_POSTGRES_URL;
const skipReason = url ? null : "TEST_POSTGRES_URL is not set (.ci/run sets it)";

/** A new guild whose events Discord sends to `shard` of 2. */
function guildOnShard(shard: number, name: string): FakeGuild {
  for (;;) {
    const guild = makeGuild(name, makeUser("owner").id, ["news", "no-history"]);
    if (shardOf(guild.id, 2) === shard) return guild;
  }
}

describe.skipIf(skipReason)(
  `any process finishes any post${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    const schema = `takeover_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    let discord: FakeDiscord | undefined;
    const harnesses: Harness[] = [];
    const admin = new pg.Client({ connectionString: url });
    afterEach(async () => {
      for (const h of harnesses.splice(0)) await h.stop().catch(() => undefined);
      await discord?.close();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    });

    it("the process holding the guild dies mid-send; the other, without the guild in its cache, finds the message and crossposts it (default lease)", async () => {
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      const clock = manualClock("2026-11-25T04:00:00Z");
      discord = await startFakeDiscord({ shards: 2, now: () => clock.now().toMillis() });
      const held = guildOnShard(1, "Held by the process that dies");
      const [news, noHistory] = held.channels as [FakeChannel, FakeChannel];
      news.type = 5; // an announcement channel
      noHistory.permission_overwrites.push({
        id: held.id,
        type: 0,
        allow: "0",
        deny: String(PERMISSIONS.READ_MESSAGE_HISTORY),
      });
      const common = {
        clock,
        server: discord,
        databaseUrl: url!,
        store: { schema },
        delivery: { leaseSeconds: 120 },
        // The request that hangs must not time out on its own during the test.
        timeoutMs: 600_000,
      };
      const dying = await startHarness({ ...common, guild: held, shards: { count: 2, ids: [1] } });
      harnesses.push(dying);
      const survivor = await startHarness({
        ...common,
        guild: guildOnShard(0, "Held by the survivor"),
        shards: { count: 2, ids: [0] },
      });
      harnesses.push(survivor);
      expect(survivor.client.guilds.cache.has(held.id)).toBe(false);
      await subscribe(dying, { guildId: held.id, channelId: news.id, publish: true });
      await subscribe(dying, { guildId: held.id, channelId: noHistory.id });

      // Discord makes the messages, and the answers never reach the process, which then dies.
      const path = new RegExp(`^/channels/${news.id}/messages$`);
      const noHistoryPath = new RegExp(`^/channels/${noHistory.id}/messages$`);
      for (const lost of [path, noHistoryPath])
        discord.failNext(lost, { status: 0, hang: true, afterHandling: true }, { method: "POST" });
      clock.set("2026-11-25T05:00:00Z");
      void dying.dispatcher.tick();
      await expect.poll(() => discord!.seen("POST", path).length).toBe(1);
      await expect.poll(() => discord!.seen("POST", noHistoryPath).length).toBe(1);
      harnesses.splice(harnesses.indexOf(dying), 1);
      await dying.stop();

      // Its claim goes stale after the default lease; the survivor takes the post over.
      clock.set("2026-11-25T05:02:01Z");
      const report = await survivor.dispatcher.tick();
      // Where the bot cannot read the history (the survivor works that out over REST too), it gives
      // the post up rather than risk a second message.
      expect(report).toMatchObject({ sent: 1, unverified: 1, failed: 0 });
      expect(messages(survivor, noHistory.id)).toHaveLength(1);
      expect(messages(survivor, news.id)).toHaveLength(1);
      expect(discord.seen("POST", path)).toHaveLength(1);
      const sub = (await survivor.subscriptions.list(held.id)).find(
        (x) => x.channelId === news.id,
      )!;
      expect(await survivor.deliveries.list(sub.id)).toMatchObject([
        { status: "sent", messageId: messages(survivor, news.id)[0].id },
      ]);
      // Published by the survivor, once.
      expect(discord.seen("POST", /\/crosspost$/).filter((r) => r.status === 200)).toHaveLength(1);
      expect(messages(survivor, news.id)[0].flags & 1).toBe(1);
    });
  },
);
