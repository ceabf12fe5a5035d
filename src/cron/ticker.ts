import cron from "node-cron";
import type { Logger } from "../log/logger.js";

export interface Ticker {
  /** Stops the schedule and waits for a tick in progress. */
  stop(): Promise<void>;
}

/** node-cron only triggers: once a minute it calls `tick`, never two at once. */
export function startTicker(tick: () => Promise<unknown>, log: Logger): Ticker {
  let running: Promise<unknown> = Promise.resolve();
  const task = cron.schedule(
    "* * * * *",
    () => {
      running = tick().catch((error: unknown) => log.error({ err: error }, "tick failed"));
      return running;
    },
    { name: "yaddash-tick", noOverlap: true },
  );
  return {
    async stop() {
      await task.stop();
      await running;
    },
  };
}
