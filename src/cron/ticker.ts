import cron from "node-cron";
import type { Logger } from "../log/logger.js";

export interface Ticker {
  /** Stops the schedule and waits for the ticks in progress. */
  stop(): Promise<void>;
}

/**
 * node-cron only triggers: at `expression` (once a minute) it calls `tick`, even while an earlier tick
 * still runs, so that one slow post never makes the next minute's posts late; the scheduler keeps each
 * subscription to one tick at a time.
 */
export function startTicker(
  tick: () => Promise<unknown>,
  log: Logger,
  expression = "* * * * *",
): Ticker {
  const running = new Set<Promise<unknown>>();
  const task = cron.schedule(
    expression,
    () => {
      const run = tick()
        .catch((error: unknown) => log.error({ err: error }, "tick failed"))
        .finally(() => running.delete(run));
      running.add(run);
    },
    { name: "yaddash-tick" },
  );
  return {
    async stop() {
      await task.stop();
      await Promise.all(running);
    },
  };
}
