import { DateTime } from "luxon";
import { oneDayCalendar, startFakeDiscord, ZONES } from "../tests/kit/index.js";
import { round } from "./measure.js";
import { run } from "./process.js";
import { row, storeWith } from "./store.js";

const TIMES = ["07:00", "08:00", "09:00", "10:00", "12:00"];

export interface StartupResult {
  subscriptions: number;
  /** First start: migrations and every schedule computed. */
  firstReadyMs: number;
  /** A restart of the same store. */
  readyMs: number;
  rssMb: number;
}

/**
 * Starts the real process against the test server, twice on the same store: the time until it logs
 * "connected to Discord", and its resident memory once settled. The calendar's one day is half a year
 * away, so no post is due while it is measured.
 */
export async function startup(
  subscriptions: number,
  command: readonly string[],
): Promise<StartupResult> {
  const discord = await startFakeDiscord();
  const rows = Array.from({ length: subscriptions }, (_, i) =>
    row(i, { time_zone: ZONES[i % ZONES.length]!, post_time: TIMES[i % TIMES.length]! }),
  );
  const env = {
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    DATABASE_URL: await storeWith(rows),
    DATA_DIR: oneDayCalendar(DateTime.now().plus({ months: 6 })),
    LOG_LEVEL: "info",
  };
  try {
    const first = run(command, env);
    const firstReadyMs = await first.waitFor('"connected to Discord"');
    await first.stop();
    const again = run(command, env);
    const readyMs = await again.waitFor('"connected to Discord"');
    await new Promise((resolve) => setTimeout(resolve, 2000)); // first tick done, heap settled
    const rssMb = again.rssMb();
    await again.stop();
    return {
      subscriptions,
      firstReadyMs: Math.round(firstReadyMs),
      readyMs: Math.round(readyMs),
      rssMb: round(rssMb, 1),
    };
  } finally {
    await discord.close();
  }
}
