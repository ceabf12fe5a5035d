import type { HealthMonitor } from "../observability/health.js";
import type { Metrics } from "../observability/metrics.js";
import type { Route } from "./listener.js";

/**
 * The operators' listener: `/healthz` (200, or 503 naming the failing parts) from the health
 * monitor's state — no store round trip per request — and `/metrics` (Prometheus text format).
 */
export function operatorRoutes(o: {
  health: HealthMonitor;
  metrics: Metrics;
}): Record<string, Route> {
  return {
    "/healthz": () => {
      const health = o.health.current();
      return {
        status: health.ok ? 200 : 503,
        type: "application/json",
        body: JSON.stringify(health),
        headers: { "cache-control": "no-store" },
      };
    },
    "/metrics": async () => ({
      status: 200,
      type: o.metrics.registry.contentType,
      body: await o.metrics.registry.metrics(),
    }),
  };
}
