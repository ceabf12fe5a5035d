import { createInterface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";
import { translate } from "../i18n/translate.js";
import { runCommand, type CommandContext } from "./commands.js";
import { shellWords } from "./shell-words.js";

/**
 * Console mode: prints today's posts, then answers typed look-ups until "exit" or the end of input.
 * It runs the same commands as the CLI.
 */
export async function runConsole(
  ctx: CommandContext,
  input: Readable,
  output: Writable,
): Promise<void> {
  const print = (text: string) => output.write(`${text}\n`);
  const lang = ctx.defaultLanguage;
  print(`${translate(lang, "console.banner", { zone: ctx.defaultZone })}\n`);
  print(runCommand(ctx, ["today"]).stdout);
  print(`\n${translate(lang, "console.prompt")}`);
  const terminal = "isTTY" in output && Boolean(output.isTTY);
  const rl = createInterface({ input, output, terminal, prompt: "yaddash> " });
  rl.prompt();
  for await (const line of rl) {
    const words = shellWords(line);
    if (words[0] === "exit" || words[0] === "quit") break;
    if (words.length) {
      const result = runCommand(ctx, words);
      print(result.exitCode === 0 ? result.stdout : result.stderr);
    }
    rl.prompt();
  }
  rl.close();
}
