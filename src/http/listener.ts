import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../log/logger.js";
import { checkHealth, type HealthSources } from "../observability/health.js";
import type { Metrics } from "../observability/metrics.js";

export interface HttpListener {
  port: number;
  close(): Promise<void>;
}

/**
 * `/healthz` (200, or 503 naming the failing parts) and `/metrics` (Prometheus text format) for
 * an orchestrator and a scraper. Nothing else is served.
 */
export async function startHttpListener(o: {
  port: number;
  host: string;
  health: HealthSources;
  metrics: Metrics;
  log: Logger;
}): Promise<HttpListener> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const answer = async () => {
      if (req.method !== "GET") return [405, "text/plain", "Method Not Allowed\n"] as const;
      if (path === "/healthz") {
        const health = await checkHealth(o.health);
        return [health.ok ? 200 : 503, "application/json", JSON.stringify(health)] as const;
      }
      if (path === "/metrics")
        return [200, o.metrics.registry.contentType, await o.metrics.registry.metrics()] as const;
      return [404, "text/plain", "Not Found\n"] as const;
    };
    answer().then(
      ([status, type, body]) => res.writeHead(status, { "content-type": type }).end(body),
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
