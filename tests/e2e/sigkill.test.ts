import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open.js";
import { subscriptionRepository } from "../../src/store/subscriptions.js";
import { seededRandom, startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import { newSubscription } from "../kit/helpers.js";
import { tempDatabaseUrl } from "../kit/bot-harness.js";
import { addChannels } from "../kit/delivery-helpers.js";

const CHANNELS = 500;
/** Simulated time the first process starts at: 09:00 in Baku on Kalbajar City Day. */
const START = DateTime.fromISO("2026-11-25T05:00:00Z").toMillis();
/** How long each restart comes after the kill before it, in simulated time. */
const RESTART_AFTER = [0, 10 * 60_000, 2 * 3_600_000, 0, 10 * 60_000];
/** DELIVERY_LEASE_SECONDS's default: a dead process's claims are taken over after it. */
const LEASE_SECONDS = 120;

describe("a bot process killed in the middle of a fan-out", () => {
  let discord: FakeDiscord;
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await discord?.close();
  });

  it(
    "killed at five random points and restarted after 0 s, 10 minutes and 2 hours: every channel holds exactly one message",
    { timeout: 180_000 },
    async () => {
      // One simulated clock for the test server and the bot processes (see simulated-clock.ts).
      let offset = START - Date.now(); // eslint-disable-line no-restricted-syntax -- sets the simulated clock
      // Discord's limits (50 requests/s, 5 messages per channel per 5 s), a five-minute nonce memory, and
      // answers that take 300 ms: at each kill some messages exist whose answers the process never read.
      discord = await startFakeDiscord({
        latencyMs: 300,
        nonceWindowMs: 5 * 60_000,
        now: () => Date.now() + offset, // eslint-disable-line no-restricted-syntax -- the simulated clock
      });
      const targets = addChannels(discord, CHANNELS);
      const databaseUrl = tempDatabaseUrl();
      const { db } = await openDatabase(databaseUrl);
      const subscriptions = subscriptionRepository(db);
      for (const [i, t] of targets.entries())
        await subscriptions.add(newSubscription({ id: `s${i}`, ...t }), "2026-11-01T00:00:00.000Z");
      await db.destroy();

      const start = () => {
        const child = spawn(
          process.execPath,
          ["--import", "tsx", "--import", "./tests/e2e/simulated-clock.ts", "src/main.ts"],
          {
            env: {
              ...process.env,
              YADDASH_TEST_CLOCK_OFFSET_MS: String(offset),
              DISCORD_TOKEN: discord.token,
              DISCORD_API_BASE: discord.apiBase,
              DATABASE_URL: databaseUrl,
              LOG_LEVEL: "warn",
            },
            stdio: "ignore",
          },
        );
        children.push(child);
        return child;
      };
      const delivered = () =>
        targets.filter((t) => discord.messages.get(t.channelId)?.length).length;

      // Five kill points, spread over the fan-out at random (seeded, so a failure can be replayed).
      const random = seededRandom(2026);
      const points = RESTART_AFTER.map((_, i) => Math.floor(40 + i * 90 + random() * 50));
      const atKill: number[] = [];
      for (const [i, point] of points.entries()) {
        const child = start();
        await expect
          .poll(delivered, { timeout: 60_000, interval: 20 })
          .toBeGreaterThanOrEqual(point);
        child.kill("SIGKILL");
        await once(child, "exit");
        atKill.push(delivered());
        // Restart after the simulated delay, once the dead process's claims have gone stale: its
        // requests died with it, so its lease passes on the simulated clock, not in real time.
        offset += RESTART_AFTER[i]! + LEASE_SECONDS * 1000 + 500;
      }
      expect(atKill.every((n) => n < CHANNELS)).toBe(true);

      const last = start();
      await expect.poll(delivered, { timeout: 60_000, interval: 100 }).toBe(CHANNELS);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // anything still in flight lands
      last.kill("SIGTERM");
      await once(last, "exit");

      const counts = targets.map((t) => discord.messages.get(t.channelId)?.length ?? 0);
      expect(counts.filter((n) => n !== 1)).toEqual([]);
      // Posts made but not recorded before a kill were taken up by the next process, which looked in
      // the channel first (Discord keeps no nonce with a message), found them, and sent none again.
      expect(discord.seen("GET", /^\/channels\/\d+\/messages$/).length).toBeGreaterThan(0);
    },
  );
});
