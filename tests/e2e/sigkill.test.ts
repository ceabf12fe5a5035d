import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open.js";
import { subscriptionRepository } from "../../src/store/subscriptions.js";
import { startFakeDiscord, type FakeDiscord } from "../fake-discord/server.js";
import { newSubscription } from "../helpers.js";
import { tempDatabaseUrl } from "./bot-harness.js";
import { addChannels } from "./delivery-helpers.js";
import { oneDayCalendar } from "./one-day-calendar.js";

const CHANNELS = 500;

describe("a bot process killed in the middle of a fan-out", () => {
  let discord: FakeDiscord;
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await discord?.close();
  });

  it(
    "restarted, leaves every channel exactly one message for the day",
    { timeout: 90_000 },
    async () => {
      // Discord's own limits (50 requests/s, 5 messages per channel per 5 s), and answers that take 300 ms:
      // when the process dies, some messages exist whose answers it never read.
      discord = await startFakeDiscord({ latencyMs: 300 });
      const targets = addChannels(discord, CHANNELS);
      const databaseUrl = tempDatabaseUrl();
      const { db } = await openDatabase(databaseUrl);
      const subscriptions = subscriptionRepository(db);
      for (const [i, t] of targets.entries()) {
        await subscriptions.add(
          newSubscription({ id: `s${i}`, ...t, postTime: "00:00" }),
          DateTime.utc().toISO(),
        );
      }
      await db.destroy();

      const env = {
        ...process.env,
        DISCORD_TOKEN: discord.token,
        DISCORD_API_BASE: discord.apiBase,
        DATABASE_URL: databaseUrl,
        DATA_DIR: oneDayCalendar(DateTime.now().setZone("Asia/Baku")),
        DELIVERY_LEASE_SECONDS: "2",
        LOG_LEVEL: "warn",
      };
      const start = () => {
        const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
          env,
          stdio: "ignore",
        });
        children.push(child);
        return child;
      };
      const delivered = () =>
        targets.filter((t) => discord.messages.get(t.channelId)?.length).length;

      // Today's post (00:00 in Baku) is overdue: the process sends it at start-up, 500 channels at 50/s.
      const first = start();
      await expect.poll(delivered, { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(100);
      first.kill("SIGKILL");
      await once(first, "exit");
      const atKill = delivered();
      expect(atKill).toBeLessThan(CHANNELS);

      // Claims of the killed process go stale after DELIVERY_LEASE_SECONDS; then a new process takes them.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const second = start();
      await expect.poll(delivered, { timeout: 60_000, interval: 200 }).toBe(CHANNELS);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // anything still in flight lands
      second.kill("SIGTERM");
      await once(second, "exit");

      const counts = targets.map((t) => discord.messages.get(t.channelId)?.length ?? 0);
      expect(counts.filter((n) => n !== 1)).toEqual([]);
      // Posts made but not recorded before the kill were sent again, with the same nonce: Discord
      // returned the earlier message instead of making a second one.
      const sends = discord.seen("POST", /^\/channels\/\d+\/messages$/).length;
      expect(sends).toBeGreaterThan(CHANNELS);
    },
  );
});
