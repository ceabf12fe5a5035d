import { Writable } from "node:stream";

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
