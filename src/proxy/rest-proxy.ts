import { AsyncLocalStorage } from "node:async_hooks";
import { once } from "node:events";
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  REST,
  RateLimitError,
  type RateLimitData,
  type RequestMethod,
  type RESTOptions,
} from "discord.js";
import { MAX_RATE_LIMIT_WAIT_MS } from "../discord/bot.js";
import {
  EXEMPT_FROM_GLOBAL_LIMIT,
  globalPacer,
  globallyLimited,
  WINDOW_MARGIN_MS,
} from "../discord/global-limit.js";
import type { Logger } from "../log/logger.js";
import { proxyAuthorizer } from "./proxy-auth.js";

export interface RestProxyOptions {
  /** Discord's REST base (or the test server's). */
  upstream: string;
  port: number;
  host: string;
  /** Requests per second for the whole token: every process sends through here. */
  perSecond: number;
  /** The bots' token: a request without it (or, where discord.js sends none, the proxy key) is refused. */
  token: string;
  log: Logger;
  /** A request that would wait longer than this for its turn is answered 429 at once (default 5 s). */
  maxQueueMs?: number;
  /** Discord's answer is awaited this long, from when the request is sent (default 15 s). */
  timeoutMs?: number;
  /** Serve https with this certificate and key (PEM). */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

export interface RestProxy {
  /** The REST base to give the bot processes (DISCORD_REST_PROXY). */
  url: string;
  close(): Promise<void>;
}

/** Discord's answer to a request that went out, kept when it was not a success. */
interface Answer {
  status: number;
  headers: Iterable<[string, string]>;
  body: Buffer;
}

/** One bot request on its way: Discord's last answer to it. */
interface Exchange {
  answer?: Answer;
}

// Hop-by-hop headers belong to one connection, not to the answer (RFC 9110, section 7.6.1).
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
]);

/**
 * The shared REST proxy: one @discordjs/rest instance in front of Discord for every process on one
 * token keeps the buckets for all of them, and the pacer starts requests one `1020 ms / perSecond`
 * apart, so that the aggregate stays within the global limit in every second, however many processes
 * send.
 *
 * What a bot process gets back is Discord's answer as it came — status, body, `Retry-After` and the
 * X-RateLimit-* headers — so that its own discord.js reacts as it would to Discord: the proxy does not
 * retry (the bot does), and waits out a rate limit only up to MAX_RATE_LIMIT_WAIT_MS; a longer one is
 * the 429 Discord sent, or, when the proxy already knows the bucket is empty, one in Discord's shape.
 * @discordjs/proxy is not used: it drops the rate-limit headers, turns a 429 into a bare Retry-After,
 * and answers 200 to failures it does not know (https://github.com/discordjs/discord.js/pull/11633).
 *
 * Only the operator's bots are relayed (the token, or the proxy key on interaction routes): anything
 * else is answered 401 here, so that no stranger's request counts towards the invalid-request limit
 * of this host's address. A process that sends faster than the token's share would queue here past
 * its own request timeout: beyond `maxQueueMs` of queue the request is answered as Discord answers a
 * global limit, and that process's discord.js pauses all its requests for that long.
 */
export async function startRestProxy(o: RestProxyOptions): Promise<RestProxy> {
  const timeoutMs = o.timeoutMs ?? 15_000;
  const exchanges = new AsyncLocalStorage<Exchange>();
  const paced = globalPacer(o.perSecond);
  const limited = globallyLimited(o.perSecond, timeoutMs, paced);
  const makeRequest: RESTOptions["makeRequest"] = async (url, init) => {
    const exchange = exchanges.getStore();
    if (exchange) exchange.answer = undefined;
    const res = await limited.makeRequest(url, init);
    if (res.ok || !exchange) return res;
    // Read once, kept for the bot, and handed on to discord.js, which reads the rate limits from it.
    const body = Buffer.from(await res.arrayBuffer());
    const answer = { status: res.status, headers: [...res.headers], body };
    exchange.answer = answer;
    return new Response(body.length ? body : null, answer);
  };
  const rest = new REST({
    api: o.upstream,
    retries: 0,
    rejectOnRateLimit: (limit) =>
      Math.max(limit.timeToReset, limit.retryAfter) > MAX_RATE_LIMIT_WAIT_MS,
    ...limited,
    makeRequest,
  });
  const authorized = proxyAuthorizer(o.token);
  const interval = (1000 + WINDOW_MARGIN_MS) / o.perSecond;
  const maxQueueMs = o.maxQueueMs ?? 5000;
  let refused = 0;

  const relay = async (req: IncomingMessage, res: ServerResponse) => {
    const route = /^\/api(?:\/v\d+)?(\/[^?]*)/.exec(req.url ?? "")?.[1];
    if (!route) return replyJson(res, 404, { message: "404: Not Found", code: 0 });
    if (!authorized(route, req.headers)) {
      // The first refusal, then one line in a thousand: a flood must not fill the disk.
      if (++refused % 1000 === 1)
        o.log.warn(
          { refused, method: req.method, from: req.socket.remoteAddress },
          "REST proxy: refused a request without the bot's token",
        );
      return replyJson(res, 401, { message: "401: Unauthorized", code: 0 });
    }
    const wait = paced.waiting * interval;
    if (!EXEMPT_FROM_GLOBAL_LIMIT.test(route) && wait > maxQueueMs)
      return rateLimited(res, (wait - maxQueueMs / 2) / 1000, "global");

    const leaving = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) leaving.abort();
    });
    const exchange: Exchange = {};
    const body = await readBody(req);
    try {
      const upstream = await exchanges.run(exchange, () =>
        rest.queueRequest({
          fullRoute: route as `/${string}`,
          method: req.method as RequestMethod,
          query: new URL(req.url!, "http://proxy").searchParams,
          body: body.length ? body : undefined,
          passThroughBody: true,
          // The bot's own Authorization header goes with the request.
          auth: false,
          headers: forwarded(req.headers),
          signal: leaving.signal,
        }),
      );
      head(res, upstream.status, upstream.headers);
      if (upstream.body)
        await pipeline(
          upstream.body instanceof Readable
            ? upstream.body
            : Readable.fromWeb(upstream.body as import("node:stream/web").ReadableStream),
          res,
        );
      else res.end();
    } catch (error) {
      if (leaving.signal.aborted || res.headersSent) return void res.destroy();
      if (exchange.answer) {
        head(res, exchange.answer.status, exchange.answer.headers);
        return void res.end(exchange.answer.body);
      }
      if (error instanceof RateLimitError) return rateLimitedAsKnown(res, error);
      if ((error as Error).name === "AbortError")
        return replyJson(res, 504, {
          message: "REST proxy: Discord did not answer in time",
          code: 0,
        });
      o.log.error({ err: error, method: req.method }, "REST proxy: request failed");
      replyJson(res, 502, { message: "REST proxy: the request to Discord failed", code: 0 });
    }
  };
  const handle = (req: IncomingMessage, res: ServerResponse) =>
    void relay(req, res).catch((error: unknown) => {
      // A bot that hung up while its body was read, or any other surprise: one request fails, never the process.
      o.log.warn({ err: error, method: req.method }, "REST proxy: request abandoned");
      if (!res.headersSent && !res.destroyed)
        replyJson(res, 502, { message: "REST proxy: the request could not be relayed", code: 0 });
      else res.destroy();
    });
  const server = o.tls ? createTlsServer(o.tls, handle) : createServer(handle);
  server.listen(o.port, o.host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  o.log.info(
    { port, host: o.host, tls: Boolean(o.tls), upstream: o.upstream, perSecond: o.perSecond },
    "REST proxy ready",
  );
  const host = o.host.includes(":") ? `[${o.host}]` : o.host;
  return {
    url: `${o.tls ? "https" : "http"}://${host}:${port}/api`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What goes to Discord of a bot's request headers (@discordjs/proxy sends the same). */
function forwarded(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ["authorization", "content-type", "x-audit-log-reason"]) {
    const value = headers[name];
    if (typeof value === "string") out[name] = value;
  }
  return out;
}

/** Discord's status and headers, repeated ones (set-cookie) included, but those of its connection. */
function head(res: ServerResponse, status: number, headers: Iterable<[string, string]>): void {
  for (const [name, value] of headers)
    if (!HOP_BY_HOP.has(name.toLowerCase())) res.appendHeader(name, value);
  res.writeHead(status);
}

function replyJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/**
 * A 429 in Discord's shape (https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit):
 * for the proxy's own queue (global), or a bucket the proxy knows is empty for longer than it waits.
 */
function rateLimited(res: ServerResponse, seconds: number, scope: string): void {
  const global = scope === "global";
  const retryAfter = Math.max(0.1, Math.ceil(seconds * 1000) / 1000);
  res.writeHead(429, {
    "content-type": "application/json",
    "retry-after": String(Math.ceil(retryAfter)),
    "x-ratelimit-scope": scope,
    ...(global
      ? { "x-ratelimit-global": "true" }
      : { "x-ratelimit-remaining": "0", "x-ratelimit-reset-after": retryAfter.toFixed(3) }),
  });
  res.end(
    JSON.stringify({ message: "You are being rate limited.", retry_after: retryAfter, global }),
  );
}

function rateLimitedAsKnown(res: ServerResponse, limit: RateLimitData): void {
  rateLimited(
    res,
    Math.max(limit.timeToReset, limit.retryAfter) / 1000,
    limit.global ? "global" : limit.scope,
  );
}
