import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fixedClock, type Clock } from "../../src/clock/clock.js";
import type { Monotonic } from "../../src/clock/monotonic.js";
import type { ListenerLimits } from "../../src/http/listener.js";
import type { Calendar } from "../../src/model/calendar-schema.js";
import type { Command } from "../../src/discord/command.js";
import { COMMANDS } from "../../src/discord/commands/registry.js";
import type { ComponentHandler } from "../../src/discord/component.js";
import { COMPONENT_HANDLERS } from "../../src/discord/commands/component-registry.js";
import type { DeliveryOptions } from "../../src/delivery/delivery-options.js";
import { createLogger } from "../../src/log/logger.js";
import { proxyKeyHeaders } from "../../src/proxy/proxy-auth.js";
import {
  startBotProcess,
  type BotProcess,
  type BotProcessOptions,
} from "../../src/app/bot-process.js";
import { makeGuild, makeUser, type FakeGuild } from "./fake-discord/fixtures.js";
import {
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
} from "./fake-discord/server.js";
import { realCalendar } from "./helpers.js";

export interface Harness extends BotProcess {
  discord: FakeDiscord;
  guild: FakeGuild;
  logs: string[];
}

export interface HarnessOptions {
  clock?: Clock;
  commands?: readonly Command[];
  components?: readonly ComponentHandler[];
  guild?: FakeGuild;
  discord?: FakeDiscordOptions;
  /** discord.js's client-side global limit (a test may raise it with the server's). */
  globalRequestsPerSecond?: number;
  timeoutMs?: number;
  delivery?: Partial<DeliveryOptions>;
  databaseUrl?: string;
  /** PostgreSQL: the schema (and timeouts) the store uses. */
  store?: BotProcessOptions["store"];
  calendar?: Calendar;
  /** Where a calendar reload reads its data (default: the project's data/). */
  dataDir?: string;
  /** Join this server (another bot process's) instead of starting one; it is left running on stop. */
  server?: FakeDiscord;
  /**
   * Serve the public page and the feed, and apart /healthz and /metrics, each on a free port of
   * 127.0.0.1; the health monitor pings the store every 100 ms.
   */
  http?: boolean;
  /** The listeners' limits (shortened timeouts, say). */
  limits?: Partial<ListenerLimits>;
  /** For cache ages (default: performance.now). */
  monotonic?: Monotonic;
  /** PUBLIC_URL: where readers reach the listener. */
  publicUrl?: string;
  /** The gateway shards this process runs (as SHARD_COUNT and SHARD_IDS set them). */
  shards?: BotProcessOptions["shards"];
  /** DISCORD_REST_PROXY: send every request through this REST proxy (its REST base), with its key. */
  restProxy?: string;
}

export function tempDatabaseUrl(): string {
  return `file:${join(mkdtempSync(join(tmpdir(), "yaddash-e2e-")), "yaddash.sqlite")}`;
}

/** The fake Discord server with one guild, and the real service (bot, SQLite store, scheduler) connected to it. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const clock = options.clock ?? fixedClock("2026-11-25T06:00:00Z");
  // Messages carry the simulated time, so tests can check the minute a post went out.
  const discord =
    options.server ??
    (await startFakeDiscord({ now: () => clock.now().toMillis(), ...options.discord }));
  const guild = discord.addGuild(
    options.guild ?? makeGuild("Test server", makeUser("owner").id, ["general", "announcements"]),
  );
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  let ids = 0;
  const calendar = options.calendar ?? realCalendar();
  const service = await startBotProcess({
    token: discord.token,
    rest: {
      apiBase: options.restProxy ?? discord.apiBase,
      headers: options.restProxy ? proxyKeyHeaders(discord.token) : undefined,
      globalRequestsPerSecond: options.globalRequestsPerSecond,
      timeoutMs: options.timeoutMs,
    },
    shards: options.shards,
    databaseUrl: options.databaseUrl ?? tempDatabaseUrl(),
    store: options.store,
    calendar,
    dataDir: options.dataDir ?? "data",
    clock,
    log: createLogger({ level: "trace", secrets: [discord.token], destination }),
    commands: options.commands ?? COMMANDS,
    components: options.components ?? COMPONENT_HANDLERS,
    zone: "Asia/Baku",
    version: "0.0.0-test",
    newId: () => `sub-${++ids}`,
    publicUrl: options.publicUrl ?? null,
    ...(options.http
      ? {
          http: { port: 0, host: "127.0.0.1" },
          ops: { port: 0, host: "127.0.0.1" },
          listening: { limits: options.limits, healthEveryMs: 100 },
        }
      : {}),
    monotonic: options.monotonic,
    delivery: {
      catchUpHours: 12,
      leaseSeconds: 60,
      concurrency: 100,
      retentionDays: 30,
      ...options.delivery,
    },
  });
  return {
    ...service,
    discord,
    guild,
    logs,
    async stop() {
      await service.stop();
      if (!options.server) await discord.close();
    },
  };
}
