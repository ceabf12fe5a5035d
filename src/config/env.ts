import { existsSync } from "node:fs";
import { isTimeZone } from "../subscriptions/validate.js";
import { z } from "zod";
import { LANGUAGES } from "../calendar/schema.js";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    schema.optional(),
  );

const snowflake = z.string().regex(/^\d{17,20}$/, "expected a Discord id (17–20 digits)");

const envSchema = z.object({
  DISCORD_TOKEN: optional(z.string()),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DEV_GUILD_ID: optional(snowflake),
  DISCORD_API_BASE: optional(
    z
      .url()
      .refine(
        (url) => url.startsWith("https://") || isLoopback(url),
        "must be https:// (plain http only for a loopback address such as a test server)",
      ),
  ).transform((v) => v ?? "https://discord.com/api"),
  LOG_LEVEL: optional(
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
  ).transform((v) => v ?? "info"),
  DATABASE_URL: optional(
    z.string().regex(/^(file:|postgres(ql)?:\/\/)/, "expected file:<path> or postgres://…"),
  ).transform((v) => v ?? "file:./var/yaddash.sqlite"),
  DISCORD_GLOBAL_RPS: optional(z.coerce.number().int().min(1).max(10_000)).transform(
    (v) => v ?? 50,
  ),
  CATCH_UP_HOURS: optional(z.coerce.number().min(0).max(72)).transform((v) => v ?? 12),
  DATABASE_SCHEMA: optional(
    z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "expected a PostgreSQL schema name (a-z, 0-9, _)"),
  ).transform((v) => v ?? "public"),
  PG_CONNECT_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(60_000)).transform(
    (v) => v ?? 2000,
  ),
  PG_STATEMENT_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(300_000)).transform(
    (v) => v ?? 2000,
  ),
  PG_IDLE_TIMEOUT_MS: optional(z.coerce.number().int().min(1000).max(3_600_000)).transform(
    (v) => v ?? 30_000,
  ),
  OUTBOX_RETENTION_DAYS: optional(z.coerce.number().int().min(1).max(3650)).transform(
    (v) => v ?? 30,
  ),
  // Longer than one send can take (discord.js: 4 tries of 15 s, plus rate-limit waits of up to 10 s),
  // so that a live process's claim is not taken over while its request may still land.
  DELIVERY_LEASE_SECONDS: optional(z.coerce.number().int().min(1).max(3600)).transform(
    (v) => v ?? 120,
  ),
  FANOUT_CONCURRENCY: optional(z.coerce.number().int().min(1).max(1000)).transform((v) => v ?? 100),
  DATA_DIR: optional(z.string()).transform((v) => v ?? "data"),
  DEFAULT_TIMEZONE: optional(
    z.string().refine((zone) => isTimeZone(zone), "not an IANA time zone (e.g. Asia/Baku)"),
  ).transform((v) => v ?? "Asia/Baku"),
  DEFAULT_LANGUAGE: optional(z.enum(LANGUAGES)).transform((v) => v ?? "en"),
});

export type Config = z.infer<typeof envSchema>;

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates the environment; the message names every bad variable and never echoes a value. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  throw new ConfigError(`Invalid environment (see .env.example): ${problems.join("; ")}`);
}

/** Reads ./.env into process.env when it exists (variables already set win). */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
