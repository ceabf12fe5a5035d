import { randomUUID } from "node:crypto";
import { systemClock } from "./clock/clock.js";
import { CalendarDataError } from "./calendar/load.js";
import { runConsole } from "./cli/console.js";
import { createCommandContext } from "./cli/context.js";
import { ConfigError, loadDotEnv, parseConfig } from "./config/env.js";
import { VERSION } from "./config/version.js";
import { startBot } from "./discord/bot.js";
import { COMMANDS } from "./discord/commands/registry.js";
import { createLogger } from "./log/logger.js";
import { openDatabase } from "./store/open.js";
import { subscriptionRepository } from "./store/subscriptions.js";

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
  const { db, engine } = await openDatabase(config.DATABASE_URL);
  log.info({ engine }, "store ready");
  const bot = await startBot({
    token: config.DISCORD_TOKEN,
    apiBase: config.DISCORD_API_BASE,
    ctx: {
      calendar: ctx.calendar,
      index: ctx.index,
      clock,
      zone: config.DEFAULT_TIMEZONE,
      version: VERSION,
      subscriptions: subscriptionRepository(db),
      newId: randomUUID,
    },
    commands: COMMANDS,
    log,
  });
  const shutdown = (signal: string) => {
    log.info({ signal }, "shutting down");
    void bot
      .stop()
      .then(() => db.destroy())
      .then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  if (!(error instanceof CalendarDataError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
