import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { proxyRequests } from "@discordjs/proxy";
import { REST } from "discord.js";
import { MAX_RATE_LIMIT_WAIT_MS } from "../discord/bot.js";
import {
  EXEMPT_FROM_GLOBAL_LIMIT,
  globallyLimited,
  WINDOW_MARGIN_MS,
} from "../discord/global-limit.js";
import type { Logger } from "../log/logger.js";

export interface RestProxyOptions {
  /** Discord's REST base (or the test server's). */
  upstream: string;
  port: number;
  host: string;
  /** Requests per second for the whole token: every process sends through here. */
  perSecond: number;
  log: Logger;
  /** A request that would wait longer than this for its turn is answered 429 at once (default 5 s). */
  maxQueueMs?: number;
}

export interface RestProxy {
  /** The REST base to give the bot processes (DISCORD_REST_PROXY). */
  url: string;
  close(): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 15_000;

/**
 * `@discordjs/proxy` in front of Discord, for every process on one token: one @discordjs/rest instance
 * keeps the buckets for all of them, and the pacer starts requests one `1020 ms / perSecond` apart, so
 * that the aggregate stays within the global limit in every second, however many processes send.
 * The proxy does not retry (a process's own discord.js does). A process that sends faster than the
 * token's share would queue here past its own request timeout: beyond `maxQueueMs` of queue the
 * request is answered as Discord answers a global limit (429, `X-RateLimit-Global`, `Retry-After`),
 * and that process's discord.js pauses all its requests for that long.
 */
export async function startRestProxy(o: RestProxyOptions): Promise<RestProxy> {
  const rest = new REST({
    api: o.upstream,
    retries: 0,
    rejectOnRateLimit: (limit) =>
      Math.max(limit.timeToReset, limit.retryAfter) > MAX_RATE_LIMIT_WAIT_MS,
    ...globallyLimited(o.perSecond, REQUEST_TIMEOUT_MS),
  });
  const forward = proxyRequests(rest);
  const interval = (1000 + WINDOW_MARGIN_MS) / o.perSecond;
  const maxQueueMs = o.maxQueueMs ?? 5000;
  let pending = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const counted = !EXEMPT_FROM_GLOBAL_LIMIT.test(req.url ?? "");
    const wait = pending * interval;
    if (counted && wait > maxQueueMs) return globalLimitReached(res, wait - maxQueueMs / 2);
    if (counted) pending++;
    try {
      await forward(req, res);
    } catch (error) {
      o.log.error({ err: error, method: req.method }, "REST proxy: request failed");
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "REST proxy: upstream request failed", code: 0 }));
    } finally {
      if (counted) pending--;
    }
  };
  const server = createServer((req, res) => void handle(req, res));
  server.listen(o.port, o.host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  o.log.info(
    { port, host: o.host, upstream: o.upstream, perSecond: o.perSecond },
    "REST proxy ready",
  );
  return {
    url: `http://${o.host.includes(":") ? `[${o.host}]` : o.host}:${port}/api`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A 429 as Discord sends for the global limit (https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit). */
function globalLimitReached(res: ServerResponse, waitMs: number): void {
  const seconds = Math.max(0.1, Math.ceil(waitMs / 100) / 10);
  res.writeHead(429, {
    "content-type": "application/json",
    "retry-after": String(Math.ceil(seconds)),
    "x-ratelimit-global": "true",
    "x-ratelimit-scope": "global",
  });
  res.end(
    JSON.stringify({ message: "You are being rate limited.", retry_after: seconds, global: true }),
  );
}
