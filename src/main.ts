import { randomUUID } from "node:crypto";
import { systemClock } from "./clock/clock.js";
import { runConsole } from "./cli/console.js";
import { loadDotEnv, parseConfig, type Config } from "./config/env.js";
import { VERSION } from "./config/version.js";
import { startTicker } from "./cron/ticker.js";
import { COMMANDS } from "./discord/commands/registry.js";
import { COMPONENT_HANDLERS } from "./discord/commands/component-registry.js";
import { describeStartupFailure } from "./lifecycle/startup-failure.js";
import { createLogger } from "./log/logger.js";
import { botProcessConfig } from "./app/app-config.js";
import { createCommandContext } from "./app/create-app.js";
import { startBotProcess } from "./app/bot-process.js";

let config: Config | undefined;

async function main(): Promise<void> {
  loadDotEnv();
  config = parseConfig(process.env);
  // SIGHUP reloads the calendar's data without a restart (docs/calendar-updates.md). Its default ends
  // the process, so the handler comes before start-up; one that comes meanwhile is kept for after it.
  let reloadAsked = false;
  let reload = () => void (reloadAsked = true);
  if (config.DISCORD_TOKEN) process.on("SIGHUP", () => reload());
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

  const service = await startBotProcess({
    ...botProcessConfig({ ...config, DISCORD_TOKEN: config.DISCORD_TOKEN }, randomUUID),
    calendar: ctx.calendar,
    clock,
    log,
    commands: COMMANDS,
    components: COMPONENT_HANDLERS,
    version: VERSION,
  });
  stops.push(() => service.stop());
  reload = () => void service.reloadCalendar();
  if (reloadAsked) reload();
  // Catch up on posts missed while down, then tick every minute.
  const firstTick = service.tick().then(
    () => undefined,
    (error: unknown) => log.error({ err: error }, "tick failed"),
  );
  stops.push(() => firstTick);
  await firstTick;
  const ticker = startTicker(() => service.tick(), log);
  stops.push(() => ticker.stop());
}

// A failed start says in one line what failed and what to do, with an exit code per cause (README);
// the stack only at LOG_LEVEL=debug or trace.
main().catch((error: unknown) => {
  const failure = describeStartupFailure(
    error,
    config?.DISCORD_REST_PROXY ?? config?.DISCORD_API_BASE ?? "DISCORD_API_BASE",
    Boolean(config?.DISCORD_REST_PROXY),
  );
  process.stderr.write(`yaddash cannot start. ${failure.message}\n`);
  if (config?.LOG_LEVEL === "debug" || config?.LOG_LEVEL === "trace")
    process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(failure.code);
});
