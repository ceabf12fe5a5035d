import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../log/logger.js";
import { checkHealth, type HealthSources } from "../observability/health.js";
import type { Metrics } from "../observability/metrics.js";

/** What a route answers: status, content type, body, and any further headers. */
export interface HttpAnswer {
  status: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
}

export type Route = (url: URL, headers: IncomingHttpHeaders) => HttpAnswer | Promise<HttpAnswer>;

export interface HttpListener {
  port: number;
  close(): Promise<void>;
}

const text = (status: number, body: string): HttpAnswer => ({
  status,
  type: "text/plain; charset=utf-8",
  body,
});

/**
 * `/healthz` (200, or 503 naming the failing parts) and `/metrics` (Prometheus text format) for
 * an orchestrator and a scraper, and the `routes` given (the calendar feed). Nothing else is served.
 */
export async function startHttpListener(o: {
  port: number;
  host: string;
  health: HealthSources;
  metrics: Metrics;
  log: Logger;
  routes?: Readonly<Record<string, Route>>;
}): Promise<HttpListener> {
  const server = createServer((req, res) => {
    // A request target such as "//" is valid HTTP but no URL: refused, never thrown (a throw here would
    // end the process).
    const url = URL.parse(`http://localhost${req.url?.startsWith("/") ? req.url : "/"}`);
    const path = url?.pathname ?? "";
    const answer = async (): Promise<HttpAnswer> => {
      if (!url) return text(400, "Bad Request\n");
      if (req.method !== "GET" && req.method !== "HEAD") return text(405, "Method Not Allowed\n");
      if (path === "/healthz") {
        const health = await checkHealth(o.health);
        return {
          status: health.ok ? 200 : 503,
          type: "application/json",
          body: JSON.stringify(health),
        };
      }
      if (path === "/metrics") {
        const body = await o.metrics.registry.metrics();
        return { status: 200, type: o.metrics.registry.contentType, body };
      }
      const route = o.routes && Object.hasOwn(o.routes, path) ? o.routes[path] : undefined;
      return route ? route(url, req.headers) : text(404, "Not Found\n");
    };
    answer().then(
      ({ status, type, body, headers }) =>
        res
          .writeHead(status, { "content-type": type, ...headers })
          .end(req.method === "HEAD" ? undefined : body),
      (error: unknown) => {
        o.log.error({ err: error, path }, "HTTP listener: request failed");
        res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error\n");
      },
    );
  });
  server.listen(o.port, o.host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  o.log.info({ port, host: o.host }, "health and metrics listening");
  return {
    port,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
