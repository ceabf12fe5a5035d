import { Writable } from "node:stream";
import { fixedClock, type Clock } from "../../src/clock/clock.js";
import { createSearchIndex } from "../../src/calendar/search.js";
import type { Command } from "../../src/discord/command.js";
import { startBot, type Bot } from "../../src/discord/bot.js";
import { COMMANDS } from "../../src/discord/commands/registry.js";
import { createLogger } from "../../src/log/logger.js";
import { makeGuild, makeUser } from "../fake-discord/fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "../fake-discord/server.js";
import { realCalendar } from "../helpers.js";

export interface Harness {
  discord: FakeDiscord;
  bot: Bot;
  logs: string[];
  stop(): Promise<void>;
}

/** The fake Discord server with one guild, and the real bot connected to it over HTTP and WebSocket. */
export async function startHarness(
  options: { clock?: Clock; commands?: readonly Command[] } = {},
): Promise<Harness> {
  const discord = await startFakeDiscord();
  discord.addGuild(makeGuild("Test server", makeUser("owner").id, ["general", "announcements"]));
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const log = createLogger({ level: "trace", secrets: [discord.token], destination });
  const calendar = realCalendar();
  const bot = await startBot({
    token: discord.token,
    apiBase: discord.apiBase,
    ctx: {
      calendar,
      index: createSearchIndex(calendar),
      clock: options.clock ?? fixedClock("2026-11-25T06:00:00Z"),
      zone: "Asia/Baku",
      version: "0.0.0-test",
    },
    commands: options.commands ?? COMMANDS,
    log,
  });
  return {
    discord,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await discord.close();
    },
  };
}
