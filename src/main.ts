import { randomUUID } from "node:crypto";
import { systemClock } from "./clock/clock.js";
import { CalendarDataError } from "./calendar/load.js";
import { runConsole } from "./cli/console.js";
import { createCommandContext } from "./cli/context.js";
import { ConfigError, loadDotEnv, parseConfig } from "./config/env.js";
import { VERSION } from "./config/version.js";
import { startTicker } from "./cron/ticker.js";
import { COMMANDS } from "./discord/commands/registry.js";
import { createLogger } from "./log/logger.js";
import { startService } from "./service.js";

async function main(): Promise<void> {
  loadDotEnv();
  const config = parseConfig(process.env);
  const clock = systemClock;
  const ctx = createCommandContext(config, clock);
  if (!config.DISCORD_TOKEN) return runConsole(ctx, process.stdin, process.stdout);

  const log = createLogger({
    level: config.LOG_LEVEL,
    secrets: [config.DISCORD_TOKEN, config.DATABASE_URL],
  });
  // Signals may come at any point of start-up: stop whatever has started by then, last first.
  const stops: (() => Promise<void>)[] = [];
  const shutdown = (signal: string) => {
    log.info({ signal }, "shutting down");
    void (async () => {
      for (const stop of stops.reverse()) await stop();
      process.exit(0);
    })();
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);

  const service = await startService({
    token: config.DISCORD_TOKEN,
    rest: { apiBase: config.DISCORD_API_BASE, globalRequestsPerSecond: config.DISCORD_GLOBAL_RPS },
    databaseUrl: config.DATABASE_URL,
    calendar: ctx.calendar,
    index: ctx.index,
    clock,
    log,
    commands: COMMANDS,
    zone: config.DEFAULT_TIMEZONE,
    version: VERSION,
    newId: randomUUID,
    scheduler: {
      catchUpHours: config.CATCH_UP_HOURS,
      leaseSeconds: config.DELIVERY_LEASE_SECONDS,
      concurrency: config.FANOUT_CONCURRENCY,
    },
  });
  stops.push(() => service.stop());
  // Catch up on posts missed earlier today, then tick every minute.
  const firstTick = service.scheduler.tick();
  stops.push(() => firstTick.then(() => undefined));
  await firstTick;
  const ticker = startTicker(() => service.scheduler.tick(), log);
  stops.push(() => ticker.stop());
}

main().catch((error: unknown) => {
  if (!(error instanceof CalendarDataError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
