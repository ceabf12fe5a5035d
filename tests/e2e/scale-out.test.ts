import { once } from "node:events";
import { DateTime } from "luxon";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { shardOf, startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import { addChannels, subscribeInStore } from "../kit/delivery-helpers.js";
import { busiestSecond, startChild, watchStalls, type Child } from "./processes.js";

const url = process.env.TEST_POSTGRES_URL;
const skipReason = url ? null : "TEST_POSTGRES_URL is not set (.ci/run sets it)";
const CHANNELS = 1000; // in 40 guilds of 25
/** 09:00 in Baku on Kalbajar City Day. */
const START = DateTime.fromISO("2026-11-25T05:00:00Z").toMillis();

describe.skipIf(skipReason)(
  `two shard processes, the REST proxy, PostgreSQL and the test server${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    const schema = `scale_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: url });
    let discord: FakeDiscord;
    const children: Child[] = [];
    afterAll(async () => {
      for (const child of children) child.process.kill("SIGKILL");
      await discord?.close();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    });

    it(
      "one post per channel, one answer per interaction, never above 50 requests in a second; a shard killed mid fan-out loses no post",
      { timeout: 300_000 },
      async () => {
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        let offset = START - Date.now(); // eslint-disable-line no-restricted-syntax -- sets the simulated clock
        // Discord's global limit in fixed one-second windows at a phase no client knows, two shards.
        // Discord's 50 a second; the proxy starts 40 (DISCORD_GLOBAL_RPS below).
        const stalls = watchStalls(50, 40);
        discord = await startFakeDiscord({
          shards: 2,
          latencyMs: 40,
          globalWindowPhaseMs: 337,
          now: () => Date.now() + offset, // eslint-disable-line no-restricted-syntax -- the simulated clock
        });
        const targets = addChannels(discord, CHANNELS);
        const guilds = [...discord.guilds.values()];
        expect(guilds).toHaveLength(40);
        await subscribeInStore(url!, targets, { schema });

        // The proxy paces the token at 40 requests a second, below Discord's 50: arrival times are
        // taken on the test server's event loop, which a busy machine delays, and a delayed reading
        // must not look like a burst the proxy sent. Without the proxy the two processes send up to
        // 100 a second, and the check below fails.
        const proxy = startChild("src/proxy/run-proxy.ts", {
          DISCORD_TOKEN: discord.token,
          DISCORD_API_BASE: discord.apiBase,
          DISCORD_GLOBAL_RPS: "40",
          PROXY_PORT: "0",
          LOG_LEVEL: "info",
        });
        children.push(proxy);
        const { port } = (await proxy.logged("REST proxy ready")) as { port: number };
        const bot = (shard: number) =>
          startChild(
            "src/main.ts",
            {
              DISCORD_TOKEN: discord.token,
              DISCORD_API_BASE: discord.apiBase,
              DISCORD_REST_PROXY: `http://127.0.0.1:${port}/api`,
              DATABASE_URL: url!,
              DATABASE_SCHEMA: schema,
              SHARD_COUNT: "2",
              SHARD_IDS: String(shard),
              LOG_LEVEL: "info",
            },
            offset,
          );
        const a = bot(0);
        const b = bot(1);
        children.push(a, b);
        await Promise.all([a.logged("connected to Discord"), b.logged("connected to Discord")]);
        expect(discord.sessions.sort()).toEqual([
          [0, 2],
          [1, 2],
        ]);

        // Look-ups during the fan-out, one per guild, 20 a second: each reaches one process only.
        const delivered = () =>
          targets.filter((t) => discord.messages.get(t.channelId)?.length).length;
        const interactions = [];
        for (const guild of guilds) {
          interactions.push(discord.answer({ name: "today", guild }, 10_000));
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const answered = await Promise.all(interactions);
        for (const { id, data } of answered) {
          expect(data.embeds[0].title).toMatch(/Kalbajar City Day/);
          expect(discord.interactionAnswers.get(id)).toBe(1);
        }

        // Shard 1's process dies mid fan-out; shard 0's takes over its claims once their lease (the
        // default, 120 s) has passed on the simulated clock.
        await expect.poll(delivered, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(400);
        b.process.kill("SIGKILL");
        await once(b.process, "exit");
        const atKill = delivered();
        expect(atKill).toBeLessThan(CHANNELS);
        offset += 121_000;
        await a.setClock(offset);
        await expect.poll(delivered, { timeout: 150_000, interval: 200 }).toBe(CHANNELS);
        await new Promise((resolve) => setTimeout(resolve, 1000)); // anything still in flight lands

        const counts = targets.map((t) => discord.messages.get(t.channelId)?.length ?? 0);
        expect(counts.filter((n) => n !== 1)).toEqual([]);
        const shard1 = new Set(guilds.filter((g) => shardOf(g.id, 2) === 1).map((g) => g.id));
        expect(shard1.size).toBeGreaterThan(0);
        expect(busiestSecond(discord.requests)).toBeLessThanOrEqual(stalls.allowed());
        expect(discord.requests.filter((r) => r.status === 429)).toEqual([]);
      },
    );
  },
);
