import { systemClock } from "./clock/clock.js";
import { CalendarDataError } from "./calendar/load.js";
import { runConsole } from "./cli/console.js";
import { createCommandContext } from "./cli/context.js";
import { ConfigError, loadDotEnv, parseConfig } from "./config/env.js";

async function main(): Promise<void> {
  loadDotEnv();
  const config = parseConfig(process.env);
  const ctx = createCommandContext(config, systemClock);
  if (!config.DISCORD_TOKEN) return runConsole(ctx, process.stdin, process.stdout);
  throw new ConfigError("Bot mode is not available yet; unset DISCORD_TOKEN to use console mode.");
}

main().catch((error: unknown) => {
  if (!(error instanceof CalendarDataError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
