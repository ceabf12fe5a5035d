import { systemClock } from "../clock/clock.js";
import { CalendarDataError } from "../calendar/load.js";
import { ConfigError, loadDotEnv, parseConfig } from "../config/env.js";
import { runCommand } from "./commands.js";
import { createCommandContext } from "./context.js";

try {
  loadDotEnv();
  const ctx = createCommandContext(parseConfig(process.env), systemClock);
  const result = runCommand(ctx, process.argv.slice(2));
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.exitCode;
} catch (error) {
  if (!(error instanceof CalendarDataError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
