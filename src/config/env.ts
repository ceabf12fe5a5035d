import { existsSync } from "node:fs";
import { isIP } from "node:net";
import { isTimeZone } from "../time/time-zones.js";
import { z } from "zod";
import { LANGUAGES } from "../model/calendar-schema.js";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    schema.optional(),
  );

/** An address to listen on: an IP address (IPv6 with or without brackets) or a host name. */
const listenHost = z
  .string()
  .transform((host) => host.replace(/^\[(.*)\]$/, "$1"))
  .refine(
    (host) =>
      isIP(host) !== 0 ||
      /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/i.test(
        host,
      ),
    "expected an IP address (127.0.0.1, 0.0.0.0, ::1, ::) or a host name",
  );
const port = z.coerce.number().int().min(0).max(65_535);

const snowflake = z.string().regex(/^\d{17,20}$/, "expected a Discord id (17–20 digits)");

const envSchema = z
  .object({
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
      z
        .string()
        .regex(/^[a-z_][a-z0-9_]{0,62}$/, "expected a PostgreSQL schema name (a-z, 0-9, _)"),
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
    // A post's requests must end within half of it (src/delivery/delivery-options.ts sendDeadlineMs), so
    // that a live process's request never lands after another process took the post over; at least
    // 30 s, so that the half covers one request's timeout (15 s) and a wait for its turn.
    DELIVERY_LEASE_SECONDS: optional(z.coerce.number().int().min(30).max(3600)).transform(
      (v) => v ?? 120,
    ),
    FANOUT_CONCURRENCY: optional(z.coerce.number().int().min(1).max(1000)).transform(
      (v) => v ?? 100,
    ),
    /**
     * A shared REST proxy (`npm run proxy`) that every process on the token sends its requests through,
     * so that one rate limit holds for all. The token goes with every request: plain http only to a
     * loopback address, or where PROXY_ALLOW_PLAIN_HTTP says the network is private.
     */
    DISCORD_REST_PROXY: optional(
      z
        .url()
        .regex(/^https?:\/\//, "expected the proxy's REST base, like http://127.0.0.1:8080/api"),
    ),
    PROXY_ALLOW_PLAIN_HTTP: optional(z.enum(["true", "false"])).transform((v) => v === "true"),
    PROXY_TLS_CERT: optional(z.string()),
    PROXY_TLS_KEY: optional(z.string()),
    SHARD_COUNT: optional(z.coerce.number().int().min(1).max(10_000)),
    SHARD_IDS: optional(
      z
        .string()
        .regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/, "expected shard ids like 0,1 or 0-3 or 0-3,8")
        .transform(expandShardIds),
    ),
    /** The public listener: the page and the calendar feed. */
    HTTP_PORT: optional(port),
    HTTP_HOST: optional(listenHost).transform((v) => v ?? "127.0.0.1"),
    /** Reverse proxies in front of the public listener, by address: readers are told apart by X-Forwarded-For. */
    HTTP_TRUSTED_PROXIES: optional(
      z
        .string()
        .transform((v) => v.split(",").map((a) => a.trim()))
        .refine(
          (list) => list.every((a) => isIP(a) !== 0),
          "expected IP addresses separated by commas, like 127.0.0.1,::1",
        ),
    ).transform((v) => v ?? []),
    /** The operators' listener: /healthz and /metrics, on loopback unless said otherwise. */
    OPS_PORT: optional(port),
    OPS_HOST: optional(listenHost).transform((v) => v ?? "127.0.0.1"),
    /** Where readers reach the HTTP listener (behind a proxy, say), for links to the feed and page. */
    PUBLIC_URL: optional(
      z
        .url()
        .regex(/^https?:\/\//, "expected an http(s) address, like https://yaddash.example/")
        .transform((url) => (url.endsWith("/") ? url : `${url}/`)),
    ),
    PROXY_PORT: optional(z.coerce.number().int().min(0).max(65_535)).transform((v) => v ?? 8080),
    PROXY_HOST: optional(z.string()).transform((v) => v ?? "127.0.0.1"),
    DATA_DIR: optional(z.string()).transform((v) => v ?? "data"),
    DEFAULT_TIMEZONE: optional(
      z.string().refine((zone) => isTimeZone(zone), "not an IANA time zone (e.g. Asia/Baku)"),
    ).transform((v) => v ?? "Asia/Baku"),
    DEFAULT_LANGUAGE: optional(z.enum(LANGUAGES)).transform((v) => v ?? "en"),
  })
  .superRefine((env, ctx) => {
    if (
      typeof env.OUTBOX_RETENTION_DAYS === "number" &&
      typeof env.CATCH_UP_HOURS === "number" &&
      env.OUTBOX_RETENTION_DAYS < minimumRetentionDays(env.CATCH_UP_HOURS)
    )
      ctx.addIssue({
        code: "custom",
        path: ["OUTBOX_RETENTION_DAYS"],
        message: `must be at least ${minimumRetentionDays(env.CATCH_UP_HOURS)} with CATCH_UP_HOURS=${env.CATCH_UP_HOURS}`,
      });
    const {
      FANOUT_CONCURRENCY: fanOut,
      DISCORD_GLOBAL_RPS: rps,
      DELIVERY_LEASE_SECONDS: lease,
    } = env;
    // A fan-out keeps about FANOUT_CONCURRENCY requests waiting for their turn; each post's requests must
    // end within half its lease (the send deadline): the wait may take half of that.
    if (
      typeof fanOut === "number" &&
      typeof rps === "number" &&
      typeof lease === "number" &&
      fanOut / rps > lease / 4
    )
      ctx.addIssue({
        code: "custom",
        path: ["FANOUT_CONCURRENCY"],
        message: `at most ${Math.floor((rps * lease) / 4)} with DISCORD_GLOBAL_RPS=${rps} and DELIVERY_LEASE_SECONDS=${lease}: a fan-out's requests would wait ${Math.round(fanOut / rps)} s for their turn, more than a quarter of the lease (each post's requests end within half of it)`,
      });
    if (
      typeof env.DISCORD_REST_PROXY === "string" &&
      env.DISCORD_REST_PROXY.startsWith("http://") &&
      URL.canParse(env.DISCORD_REST_PROXY) &&
      !isLoopback(env.DISCORD_REST_PROXY) &&
      !env.PROXY_ALLOW_PLAIN_HTTP
    )
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_REST_PROXY"],
        message:
          "plain http to another host would send the bot token in clear text: use https://, or set PROXY_ALLOW_PLAIN_HTTP=true if the network between them is private",
      });
    if ((env.PROXY_TLS_CERT === undefined) !== (env.PROXY_TLS_KEY === undefined))
      ctx.addIssue({
        code: "custom",
        path: [env.PROXY_TLS_CERT === undefined ? "PROXY_TLS_CERT" : "PROXY_TLS_KEY"],
        message: "PROXY_TLS_CERT and PROXY_TLS_KEY go together (PEM files)",
      });
    if (env.OPS_PORT && env.OPS_PORT === env.HTTP_PORT)
      ctx.addIssue({
        code: "custom",
        path: ["OPS_PORT"],
        message: "must differ from HTTP_PORT: operators' endpoints are kept off the public port",
      });
    // Runs even when a field failed above: only look at ids that parsed.
    if (!Array.isArray(env.SHARD_IDS)) return;
    // Every process must agree on the total, or guilds would be split two ways: no default here.
    if (env.SHARD_COUNT === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["SHARD_IDS"],
        message: "needs SHARD_COUNT, the total over all processes",
      });
    else if (env.SHARD_IDS.some((id) => id >= env.SHARD_COUNT!))
      ctx.addIssue({
        code: "custom",
        path: ["SHARD_IDS"],
        message: `every id must be below SHARD_COUNT (${env.SHARD_COUNT})`,
      });
    else if (!env.SHARD_IDS.length)
      ctx.addIssue({ code: "custom", path: ["SHARD_IDS"], message: "no shard id in the list" });
  });

export type Config = z.infer<typeof envSchema>;

/**
 * A post may be claimed until CATCH_UP_HOURS after its time, and its time falls up to a day and a half
 * after the UTC midnight that starts its local date (a post at 23:59 in UTC−12); the outbox, pruned by
 * local date against today in UTC, must keep its row that long, or a late claim would find no row and
 * send the post again.
 */
function minimumRetentionDays(catchUpHours: number): number {
  return Math.ceil(catchUpHours / 24 + 1.5);
}

/** "0-2,5" → [0, 1, 2, 5]. */
function expandShardIds(text: string): number[] {
  const ids = text.split(",").flatMap((part) => {
    const [from, to = from] = part.split("-").map(Number) as [number, number?];
    return Array.from({ length: Math.max(0, to! - from + 1) }, (_, i) => from + i);
  });
  return [...new Set(ids)].sort((a, b) => a - b);
}

function isLoopback(url: string): boolean {
  return isLoopbackHost(new URL(url).hostname);
}

/** localhost, 127.x.x.x or ::1 (with or without the brackets of a URL). */
export function isLoopbackHost(host: string): boolean {
  return ["localhost", "::1", "[::1]"].includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
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
