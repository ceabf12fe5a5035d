import type { Config } from "../config/env.js";
import { proxyKeyHeaders } from "../proxy/proxy-auth.js";
import type { BotProcessOptions } from "./bot-process.js";
import type { AppConfig } from "./create-app.js";

/** What the application takes from the environment's configuration. */
export const appConfig = (config: Config, newId: () => string): AppConfig => ({
  dataDir: config.DATA_DIR,
  zone: config.DEFAULT_TIMEZONE,
  newId,
  delivery: {
    catchUpHours: config.CATCH_UP_HOURS,
    leaseSeconds: config.DELIVERY_LEASE_SECONDS,
    concurrency: config.FANOUT_CONCURRENCY,
    retentionDays: config.OUTBOX_RETENTION_DAYS,
  },
});

/** What the bot's process takes from it besides: Discord, the store, the listeners. */
export const botProcessConfig = (
  config: Config & { DISCORD_TOKEN: string },
  newId: () => string,
): Omit<
  BotProcessOptions,
  "calendar" | "clock" | "log" | "commands" | "components" | "version"
> => ({
  ...appConfig(config, newId),
  token: config.DISCORD_TOKEN,
  rest: {
    apiBase: config.DISCORD_REST_PROXY ?? config.DISCORD_API_BASE,
    globalRequestsPerSecond: config.DISCORD_GLOBAL_RPS,
    headers: config.DISCORD_REST_PROXY ? proxyKeyHeaders(config.DISCORD_TOKEN) : undefined,
  },
  shards: { count: config.SHARD_COUNT, ids: config.SHARD_IDS },
  databaseUrl: config.DATABASE_URL,
  store: {
    schema: config.DATABASE_SCHEMA,
    postgres: {
      connectMs: config.PG_CONNECT_TIMEOUT_MS,
      statementMs: config.PG_STATEMENT_TIMEOUT_MS,
      idleMs: config.PG_IDLE_TIMEOUT_MS,
    },
  },
  publicUrl: config.PUBLIC_URL ?? null,
  http:
    config.HTTP_PORT === undefined
      ? undefined
      : {
          port: config.HTTP_PORT,
          host: config.HTTP_HOST,
          trustedProxies: config.HTTP_TRUSTED_PROXIES,
        },
  ops: config.OPS_PORT === undefined ? undefined : { port: config.OPS_PORT, host: config.OPS_HOST },
});
