import { appConfig } from "../app/app-config.js";
import { createApp, createCommandContext } from "../app/create-app.js";
import { createLiveCalendar } from "../calendar/live-calendar.js";
import { systemClock } from "../clock/clock.js";
import { repositories } from "../store/repositories.js";
import { CalendarDataError } from "../calendar/load.js";
import { ConfigError, loadDotEnv, parseConfig, type Config } from "../config/env.js";
import { createLogger } from "../log/logger.js";
import { openDatabase } from "../store/open.js";
import { runCommand, type CommandContext, type CommandResult } from "./commands.js";
import { runSubscriptionsCommand } from "./operator-commands.js";
import { runStoreCommand } from "./store-commands.js";
import { metaRepository } from "../store/meta.js";
import { RELOAD_REQUEST_KEY } from "../app/calendar-reload.js";
import { translate } from "../i18n/translate.js";

/** The operators' commands open the store; a change to a subscription plans its next post. */
async function operate(
  config: Config,
  ctx: CommandContext,
  args: string[],
): Promise<CommandResult> {
  const { db } = await openDatabase(config.DATABASE_URL, {
    schema: config.DATABASE_SCHEMA,
    sqliteLock: false,
  });
  try {
    const store = repositories(db);
    const app = await createApp(
      appConfig(config, () => ""),
      {
        calendar: createLiveCalendar(ctx.calendar),
        store,
        clock: ctx.clock,
        log: createLogger({ level: "silent" }),
      },
    );
    return await runSubscriptionsCommand(args, {
      subscriptions: store.subscriptions,
      service: app.subscriptions,
      lang: ctx.defaultLanguage,
    });
  } finally {
    await db.destroy();
  }
}

/**
 * `calendar reload`: the data has been read and validated (the context loads it); each running bot
 * reloads it at its next tick, when it sees the request in the store.
 */
async function askReload(config: Config, ctx: CommandContext): Promise<CommandResult> {
  const { db } = await openDatabase(config.DATABASE_URL, {
    schema: config.DATABASE_SCHEMA,
    sqliteLock: false,
  });
  try {
    await metaRepository(db).set(RELOAD_REQUEST_KEY, ctx.clock.now().toUTC().toISO()!);
    const observances = translate(ctx.defaultLanguage, "console.observances", {
      count: ctx.calendar.observances.length,
    });
    return {
      exitCode: 0,
      stdout: translate(ctx.defaultLanguage, "operator.reloadAsked", { observances }),
      stderr: "",
    };
  } finally {
    await db.destroy();
  }
}

try {
  loadDotEnv();
  const config = parseConfig(process.env);
  const ctx = createCommandContext(config, systemClock);
  const args = process.argv.slice(2);
  const result =
    args[0] === "subscriptions"
      ? await operate(config, ctx, args)
      : args[0] === "store"
        ? await runStoreCommand(args, { config, lang: ctx.defaultLanguage })
        : args[0] === "calendar" && args[1] === "reload"
          ? await askReload(config, ctx)
          : runCommand(ctx, args);
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.exitCode;
} catch (error) {
  if (!(error instanceof CalendarDataError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
