import { parseArgs, type ParseArgsConfig } from "node:util";
import type { CommandResult } from "./commands.js";

/** A refused command line: exit code 2, and why on stderr. */
export const refused = (message: string): CommandResult => ({
  exitCode: 2,
  stdout: "",
  stderr: message,
});

/** A command line's words and options, or its refusal: what was wrong, then the command's usage. */
export function readCommandLine<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    const config = { args, allowPositionals: true as const, options };
    return { ok: true as const, ...parseArgs<typeof config>(config) };
  } catch (error) {
    return { ok: false as const, refusal: refused(`${(error as Error).message}\n${usage}`) };
  }
}
