import { Writable } from "node:stream";
import { createLogger } from "../../src/log/logger.js";
import { startRestProxy, type RestProxyOptions } from "../../src/proxy/rest-proxy.js";
import type { FakeDiscord } from "../kit/fake-discord/server.js";

/** The REST proxy on a free port of 127.0.0.1, in front of the test server, for its token. */
export function proxyFor(discord: FakeDiscord, options: Partial<RestProxyOptions> = {}) {
  return startRestProxy({
    upstream: discord.apiBase,
    host: "127.0.0.1",
    port: 0,
    perSecond: 50,
    token: discord.token,
    log: createLogger({ level: "silent" }),
    ...options,
  });
}

/** A log destination that keeps the proxy's lines. */
export function proxyLogs(lines: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
}

/** An answer's X-RateLimit-* headers. */
export function rateLimitHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => name.startsWith("x-ratelimit-")));
}

/** Discord's answer to a message over its limits (50035, with the fields that failed). */
export const INVALID_FORM_BODY = {
  code: 50035,
  message: "Invalid Form Body",
  errors: {
    embeds: {
      "0": {
        description: {
          _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 4096 or fewer in length." }],
        },
      },
    },
  },
};

/** A 429 of a route's bucket (X-RateLimit-Scope: user), `seconds` long, as Discord sends it. */
export function routeLimit(seconds: number, scope: "user" | "shared" = "user") {
  return {
    status: 429,
    body: { message: "You are being rate limited.", retry_after: seconds, global: false },
    headers: {
      "retry-after": String(Math.ceil(seconds)),
      "x-ratelimit-limit": "5",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset-after": seconds.toFixed(3),
      "x-ratelimit-scope": scope,
      ...(scope === "user" ? { "x-ratelimit-bucket": "abcd1234" } : {}),
    },
  };
}

export /** A 429 of the global limit (X-RateLimit-Global), as Discord sends it. */
function globalLimit(seconds: number) {
  return {
    status: 429,
    body: { message: "You are being rate limited.", retry_after: seconds, global: true },
    headers: {
      "retry-after": String(Math.ceil(seconds)),
      "x-ratelimit-global": "true",
      "x-ratelimit-scope": "global",
    },
  };
}
