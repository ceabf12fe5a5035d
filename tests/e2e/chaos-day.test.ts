import { once } from "node:events";
import { createServer } from "node:net";
import { DateTime } from "luxon";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  DISCORD_ERRORS,
  seededRandom,
  shardOf,
  startFakeDiscord,
  type FakeDiscord,
  type Failure,
} from "../kit/fake-discord/server.js";
import {
  privatePostgresUnavailable,
  startPrivatePostgres,
  type PrivatePostgres,
} from "../store/private-postgres.js";
import { addChannels, subscribeInStore, type Target } from "../kit/delivery-helpers.js";
import { busiestSecond, startChild, watchStalls, type Child } from "./processes.js";

// A day of the deployment topology under the faults operators meet: the REST proxy, two shard
// processes and PostgreSQL, 1,000 channels in 40 servers at Discord's 50 requests a second.

const skipReason = privatePostgresUnavailable();
const CHANNELS = 1000;
/** 09:00 in Baku on Kalbajar City Day. */
const START = DateTime.fromISO("2026-11-25T05:00:00Z").toMillis();
/** DELIVERY_LEASE_SECONDS's default: a dead process's claims are taken over after it. */
const LEASE_MS = 120_000;

const LOST_ANSWER: Failure = { status: 0, hang: true, afterHandling: true };
const WRITTEN_THEN_502: Failure = {
  status: 502,
  body: { code: 0, message: "502 Bad Gateway" },
  afterHandling: true,
};
const ROUTE_429: Failure = {
  status: 429,
  body: { message: "You are being rate limited.", retry_after: 1, global: false, code: 0 },
  headers: {
    "retry-after": "1",
    "x-ratelimit-scope": "user",
    "x-ratelimit-limit": "5",
    "x-ratelimit-remaining": "0",
    "x-ratelimit-reset-after": "1",
  },
};

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.skipIf(skipReason)(
  `a day of faults on the deployment topology${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let postgres: PrivatePostgres | undefined;
    let discord: FakeDiscord | undefined;
    const children: Child[] = [];
    afterAll(async () => {
      for (const child of children) child.process.kill("SIGKILL");
      await discord?.close();
      postgres?.stop();
    });

    it(
      "every live channel gets exactly one post, every refused one is marked with its reason, no process exits unless killed, never above 50 requests in a second",
      { timeout: 900_000 },
      async () => {
        postgres = startPrivatePostgres(await freePort());
        let offset = START - Date.now(); // eslint-disable-line no-restricted-syntax -- sets the simulated clock
        // Discord's 50 a second; the proxy starts 40 (DISCORD_GLOBAL_RPS below).
        const stalls = watchStalls(50, 40);
        discord = await startFakeDiscord({
          shards: 2,
          latencyMs: 40,
          globalWindowPhaseMs: Math.floor(seededRandom(19)() * 1000),
          now: () => Date.now() + offset, // eslint-disable-line no-restricted-syntax -- the simulated clock
        });
        const targets = addChannels(discord, CHANNELS);
        expect(discord.guilds.size).toBe(40);
        await subscribeInStore(postgres.url, targets);

        // Faults: 1% of the channels refuse the bot (Missing Permissions), 20 answer their first two
        // posts with a route 429, ten are deleted before their post (five before the bots start, five
        // while the process holding them is down, so that only Discord's Unknown Channel tells); on
        // top, 5% of all posts answer 502 after the message was made and 2% lose their answer. The
        // proxy paces at 40 a second, below Discord's 50: arrival times are read on the test server's
        // event loop, which a busy machine delays, and a late reading must not look like a burst.
        const random = seededRandom(2026);
        const shuffled = [...targets].sort(() => random() - 0.5);
        const forbidden = shuffled.slice(0, 10);
        const deleted = shuffled.slice(10, 15);
        const limited = shuffled.slice(20, 40);
        const path = (t: Target) => new RegExp(`^/channels/${t.channelId}/messages$`);
        for (const t of forbidden)
          discord.failNext(path(t), DISCORD_ERRORS.missingPermissions, {
            method: "POST",
            times: 1000,
          });
        for (const t of limited) discord.failNext(path(t), ROUTE_429, { method: "POST", times: 2 });
        discord.chaos = {
          rate: 0.07,
          random: seededRandom(7),
          failures: [...Array<Failure>(5).fill(WRITTEN_THEN_502), LOST_ANSWER, LOST_ANSWER],
        };

        const proxyEnv = {
          DISCORD_TOKEN: discord.token,
          DISCORD_API_BASE: discord.apiBase,
          DISCORD_GLOBAL_RPS: "40",
          PROXY_PORT: String(await freePort()),
          LOG_LEVEL: "info",
        };
        const startProxy = () => {
          const proxy = startChild("src/proxy/run-proxy.ts", proxyEnv);
          children.push(proxy);
          return proxy;
        };
        let proxy = startProxy();
        await proxy.logged("REST proxy ready");
        const bot = (shard: number) => {
          const child = startChild(
            "src/main.ts",
            {
              DISCORD_TOKEN: discord!.token,
              DISCORD_API_BASE: discord!.apiBase,
              DISCORD_REST_PROXY: `http://127.0.0.1:${proxyEnv.PROXY_PORT}/api`,
              DATABASE_URL: postgres!.url,
              SHARD_COUNT: "2",
              SHARD_IDS: String(shard),
              LOG_LEVEL: "info",
            },
            offset,
          );
          children.push(child);
          return child;
        };
        // Deleted before the bots start: they find the channels gone.
        for (const t of deleted) discord.deleteChannel(t.channelId);
        const a = bot(0);
        let b = bot(1);
        await Promise.all([a.logged("connected to Discord"), b.logged("connected to Discord")]);

        let live = targets.filter((t) => !forbidden.includes(t) && !deleted.includes(t));
        const delivered = () =>
          live.filter((t) => discord!.messages.get(t.channelId)?.length).length;

        // Mid fan-out, shard 1's process and the proxy are killed; systemd restarts them 30 s later.
        await expect
          .poll(delivered, { timeout: 120_000, interval: 20 })
          .toBeGreaterThanOrEqual(300);
        b.process.kill("SIGKILL");
        proxy.process.kill("SIGKILL");
        await Promise.all([once(b.process, "exit"), once(proxy.process, "exit")]);
        expect(delivered()).toBeLessThan(live.length);
        // Five channels of shard 1's servers, not posted yet, are deleted while no process holds them.
        const deletedUnseen = live
          .filter((t) => shardOf(t.guildId, 2) === 1 && !discord!.messages.get(t.channelId)?.length)
          .slice(0, 5);
        expect(deletedUnseen).toHaveLength(5);
        for (const t of deletedUnseen) discord.deleteChannel(t.channelId);
        deleted.push(...deletedUnseen);
        live = live.filter((t) => !deletedUnseen.includes(t));
        await new Promise((resolve) => setTimeout(resolve, 30_000));
        proxy = startProxy();
        await proxy.logged("REST proxy ready");
        // The dead process's claims go stale after the lease, on everyone's simulated clock.
        offset += LEASE_MS + 1000;
        await a.setClock(offset);
        b = bot(1);
        await b.logged("connected to Discord");

        // PostgreSQL restarts once while the posts go on.
        await expect
          .poll(delivered, { timeout: 240_000, interval: 50 })
          .toBeGreaterThanOrEqual(700);
        postgres.restart();

        await expect.poll(delivered, { timeout: 420_000, interval: 500 }).toBe(live.length);
        const admin = new pg.Client({ connectionString: postgres.url });
        await admin.connect();
        try {
          // Every post settles: sent, or refused for good; none left claimed or waiting for a retry.
          const outbox = async () =>
            Object.fromEntries(
              (
                await admin.query<{ status: string; count: string }>(
                  "select status, count(*) from deliveries group by status",
                )
              ).rows.map((r) => [r.status, Number(r.count)]),
            );
          await expect
            .poll(outbox, { timeout: 300_000, interval: 1000 })
            .toEqual({ sent: live.length, failed: forbidden.length });
          const rows = await admin.query<{
            channel_id: string;
            status: string;
            broken_reason: string;
          }>("select channel_id, status, broken_reason from subscriptions");
          const byChannel = new Map(rows.rows.map((r) => [r.channel_id, r]));
          for (const t of forbidden)
            expect(byChannel.get(t.channelId)).toMatchObject({
              status: "broken",
              broken_reason: "Missing Permissions (50013)",
            });
          for (const t of deleted) expect(byChannel.has(t.channelId)).toBe(false);
        } finally {
          await admin.end();
        }
        const counts = live.map((t) => discord!.messages.get(t.channelId)?.length ?? 0);
        expect(counts.filter((n) => n !== 1)).toEqual([]);
        for (const t of [...forbidden, ...deleted])
          expect(discord.messages.get(t.channelId) ?? []).toEqual([]);
        for (const child of [a, b, proxy]) expect(child.process.exitCode).toBeNull();
        expect(busiestSecond(discord.requests)).toBeLessThanOrEqual(stalls.allowed());
      },
    );
  },
);
