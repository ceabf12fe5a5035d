import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import pg from "pg";
import { type InteractionInput, startFakeDiscord } from "../tests/kit/index.js";
import { allDelivered, LATENCY_MS, measure, postsDue, type FanOutResult } from "./fanout.js";
import { quantile, round } from "./measure.js";
import { run, SERVE } from "./process.js";
import { storeWith } from "./store.js";

export const LOOKUPS: InteractionInput[] = [
  { name: "today" },
  { name: "next", options: [{ name: "count", type: 4, value: 10 }] },
  { name: "on", options: [{ name: "date", type: 3, value: "25 ноября" }] },
  { name: "search", options: [{ name: "query", type: 3, value: "Кяльбаджар" }] },
  { name: "dayoff" },
];

export interface Latency {
  n: number;
  p50: number;
  p99: number;
}

const latency = (samples: number[]): Latency => ({
  n: samples.length,
  p50: round(quantile(samples, 0.5), 1),
  p99: round(quantile(samples, 0.99), 1),
});

/**
 * Gateway to reply, as Discord sees it: from the test server sending INTERACTION_CREATE to the bot's
 * answer arriving, `perSecond` look-ups a second — first with nothing else to do (the baseline), then
 * while the same process fans out `channels` posts at Discord's 50 requests a second.
 */
export async function lookupsDuringFanOut(channels: number, perSecond: number) {
  const discord = await startFakeDiscord({ globalLimit: 50, latencyMs: LATENCY_MS });
  // Due at the start of a minute 20 to 80 s away: the look-ups before it are the idle baseline.
  const next = DateTime.now().plus({ seconds: 80 }).startOf("minute");
  const { rows, calendarDir } = postsDue(discord, channels, next);
  const bot = run(SERVE, {
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    DATABASE_URL: await storeWith(rows),
    DATA_DIR: calendarDir,
    LOG_LEVEL: "info",
  });
  const guilds = [...discord.guilds.values()];
  const fire = async (until: () => boolean) => {
    const pending: Promise<number>[] = [];
    for (let i = 0; !until(); i++) {
      const input = { ...LOOKUPS[i % LOOKUPS.length]!, guild: guilds[i % guilds.length]! };
      const started = performance.now();
      pending.push(discord.interact(input, 10_000).then(() => performance.now() - started));
      await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
    }
    return latency(await Promise.all(pending));
  };
  try {
    await bot.waitFor("connected to Discord");
    const idleMs = Math.min(15_000, next.diffNow().toMillis() - 3000);
    const idleEnd = performance.now() + idleMs;
    const idle = await fire(() => performance.now() >= idleEnd);
    while (discord.messages.size === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const busy = await fire(() => discord.messages.size >= channels);
    await allDelivered(discord, channels, 50);
    return { idle, busy, fanout: measure(discord, channels, 50) };
  } finally {
    await bot.stop();
    await discord.close();
  }
}

/**
 * Two bot processes (shards 0 and 1 of 2) on one token and one PostgreSQL store, sending through the
 * REST proxy (`npm run serve:proxy`), fan out `channels` posts in servers of 25 against Discord's 50
 * requests a second, 80 ms round trips and global windows at a phase no process knows.
 */
export async function twoShardsThroughProxy(channels: number, postgresUrl: string) {
  const phase = Math.floor(Math.random() * 1000);
  const discord = await startFakeDiscord({
    globalLimit: 50,
    latencyMs: 80,
    globalWindowPhaseMs: phase,
    shards: 2,
  });
  const { rows, calendarDir } = postsDue(discord, channels);
  const schema = `bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await storeWith(rows, { url: postgresUrl, schema });
  const proxy = run(["--enable-source-maps", "dist/proxy/run-proxy.js"], {
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    PROXY_PORT: "0",
    LOG_LEVEL: "info",
  });
  const bots: ReturnType<typeof run>[] = [];
  try {
    await proxy.waitFor("REST proxy ready");
    const { port } = JSON.parse(proxy.lineWith("REST proxy ready")) as { port: number };
    for (const shard of [0, 1]) {
      bots.push(
        run(SERVE, {
          DISCORD_TOKEN: discord.token,
          DISCORD_REST_PROXY: `http://127.0.0.1:${port}/api`,
          DATABASE_URL: postgresUrl,
          DATABASE_SCHEMA: schema,
          SHARD_COUNT: "2",
          SHARD_IDS: String(shard),
          DATA_DIR: calendarDir,
          LOG_LEVEL: "warn",
        }),
      );
    }
    await allDelivered(discord, channels, 50);
    const result: FanOutResult & { phaseMs: number } = {
      ...measure(discord, channels, 50),
      phaseMs: phase,
    };
    return result;
  } finally {
    for (const bot of bots) await bot.stop();
    await proxy.stop();
    await discord.close();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}
