import { DateTime } from "luxon";
import {
  addChannels,
  type FakeDiscord,
  oneDayCalendar,
  startFakeDiscord,
} from "../tests/kit/index.js";
import { round } from "./measure.js";
import { run, SERVE } from "./process.js";
import { row, storeWith } from "./store.js";

/** Discord answers a request in about this long from a well-placed host; the test server does too. */
export const LATENCY_MS = 50;

export interface FanOutResult {
  channels: number;
  limit: number;
  seconds: number;
  messagesPerSecond: number;
  efficiency: number;
  rate429: number;
  duplicates: number;
}

/**
 * Throughput over the server's own rate-limit windows: from the first message to the start of the
 * window holding the last. That last, partial window is left out, so that a burst at the end neither
 * flatters nor penalises the figure; with windows at a fixed phase the first one is partial too, so the
 * count starts at the first message, not at its window's start.
 */
export function measure(discord: FakeDiscord, channels: number, limit: number): FanOutResult {
  const posts = discord.seen("POST", /^\/channels\/\d+\/messages$/);
  const arrivals = posts
    .filter((p) => p.status === 200)
    .map((p) => p.at)
    .sort((a, b) => a - b);
  const windowOf = (at: number) => discord.globalWindowStarts.findLast((start) => start <= at)!;
  const [first, last] = [arrivals[0]!, windowOf(arrivals.at(-1)!)];
  const complete = arrivals.filter((at) => at < last).length;
  const perSecond = last > first ? (complete / (last - first)) * 1000 : arrivals.length;
  const made = [...discord.messages.values()].reduce((n, m) => n + m.length, 0);
  return {
    channels,
    limit,
    seconds: round((arrivals.at(-1)! - arrivals[0]!) / 1000),
    messagesPerSecond: round(perSecond, 1),
    efficiency: round(perSecond / limit, 3),
    rate429: round(posts.filter((p) => p.status === 429).length / posts.length, 4),
    duplicates: made - [...discord.messages.values()].filter((m) => m.length).length,
  };
}

/** The test server's round trip and where its global windows start (unset: at the first request). */
export interface Network {
  latencyMs: number;
  globalWindowPhaseMs?: number;
}

/**
 * `channels` new channels (in servers of 25) whose post is due at `at` (default: this minute, today in
 * Baku, so that a process sends them all at start-up; a post time long past would be dropped after
 * CATCH_UP_HOURS), and a calendar with one day, today.
 */
export function postsDue(discord: FakeDiscord, channels: number, at = DateTime.now()) {
  const local = at.setZone("Asia/Baku").startOf("minute");
  const rows = addChannels(discord, channels).map((t, i) =>
    row(i, { guild_id: t.guildId, channel_id: t.channelId, post_time: local.toFormat("HH:mm") }),
  );
  return { rows, calendarDir: oneDayCalendar(local) };
}

/** Waits until every channel has its message (or long past when it should), then half a second more. */
export async function allDelivered(discord: FakeDiscord, channels: number, limit: number) {
  const deadline = performance.now() + (channels / limit) * 1000 * 30 + 90_000;
  while (discord.messages.size < channels && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 500)); // anything late would show as a duplicate
}

async function fanOutWith(
  channels: number,
  limit: number,
  command: readonly string[],
  network: Network,
): Promise<FanOutResult> {
  const discord = await startFakeDiscord({ globalLimit: limit, ...network });
  const { rows, calendarDir } = postsDue(discord, channels);
  const bot = run(command, {
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    DISCORD_GLOBAL_RPS: String(limit),
    DATABASE_URL: await storeWith(rows),
    DATA_DIR: calendarDir,
    LOG_LEVEL: "warn",
  });
  try {
    await allDelivered(discord, channels, limit);
    return measure(discord, channels, limit);
  } finally {
    await bot.stop();
    await discord.close();
  }
}

/** yaddash: the production process posts to every channel due that minute. */
export const fanOut = (
  channels: number,
  limit: number,
  network: Network = { latencyMs: LATENCY_MS },
) => fanOutWith(channels, limit, SERVE, network);

/** The baseline peer bots use: `await channel.send()` for one channel after the other. */
export const sequentialBaseline = (channels: number, limit: number) =>
  fanOutWith(channels, limit, ["--import", "tsx", "bench/sequential-sender.ts"], {
    latencyMs: LATENCY_MS,
  });
