import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fixedClock, type Clock } from "../../src/clock/clock.js";
import { createSearchIndex } from "../../src/calendar/search.js";
import type { Command } from "../../src/discord/command.js";
import { startBot, type Bot } from "../../src/discord/bot.js";
import { COMMANDS } from "../../src/discord/commands/registry.js";
import { createLogger } from "../../src/log/logger.js";
import { openDatabase } from "../../src/store/open.js";
import {
  subscriptionRepository,
  type SubscriptionRepository,
} from "../../src/store/subscriptions.js";
import { makeGuild, makeUser, type FakeGuild } from "../fake-discord/fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "../fake-discord/server.js";
import { realCalendar } from "../helpers.js";

export interface Harness {
  discord: FakeDiscord;
  guild: FakeGuild;
  subscriptions: SubscriptionRepository;
  bot: Bot;
  logs: string[];
  stop(): Promise<void>;
}

export function tempDatabaseUrl(): string {
  return `file:${join(mkdtempSync(join(tmpdir(), "yaddash-e2e-")), "yaddash.sqlite")}`;
}

/** The fake Discord server with one guild, and the real bot (with a real SQLite store) connected to it. */
export async function startHarness(
  options: { clock?: Clock; commands?: readonly Command[]; guild?: FakeGuild } = {},
): Promise<Harness> {
  const discord = await startFakeDiscord();
  const guild = discord.addGuild(
    options.guild ?? makeGuild("Test server", makeUser("owner").id, ["general", "announcements"]),
  );
  const { db } = await openDatabase(tempDatabaseUrl());
  const subscriptions = subscriptionRepository(db);
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const log = createLogger({ level: "trace", secrets: [discord.token], destination });
  const calendar = realCalendar();
  let ids = 0;
  const bot = await startBot({
    token: discord.token,
    apiBase: discord.apiBase,
    ctx: {
      calendar,
      index: createSearchIndex(calendar),
      clock: options.clock ?? fixedClock("2026-11-25T06:00:00Z"),
      zone: "Asia/Baku",
      version: "0.0.0-test",
      subscriptions,
      newId: () => `sub-${++ids}`,
    },
    commands: options.commands ?? COMMANDS,
    log,
  });
  return {
    discord,
    guild,
    subscriptions,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await discord.close();
      await db.destroy();
    },
  };
}
