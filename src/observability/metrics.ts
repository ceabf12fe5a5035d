import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { TickReport } from "../delivery/post-delivery.js";
import type { SubscriptionStatus } from "../model/subscription-model.js";

export type InteractionOutcome = "answered" | "refused" | "failed";

export interface MetricSources {
  /** Subscriptions by status and the active ones due now, read at each scrape. */
  counts(): Promise<{ byStatus: Partial<Record<SubscriptionStatus, number>>; due: number }>;
  /** Each gateway shard of this process and its heartbeat round trip (ms; -1 before the first). */
  shards(): { id: number; pingMs: number }[];
}

export interface Metrics {
  registry: Registry;
  tick(report: TickReport, seconds: number): void;
  interaction(command: string, outcome: InteractionOutcome, seconds: number): void;
  /** A REST answer from Discord (or the proxy); 429s are counted by their scope. */
  restResponse(status: number, scope: string | null): void;
}

/** The Prometheus metrics of one process (prom-client), with Node's default process metrics. */
export function createMetrics(sources: MetricSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const posts = new Counter({
    name: "yaddash_posts_total",
    help: "Posts by outcome: sent, failed (for good), retrying, dropped (too late), unverified",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const failed = new Counter({
    name: "yaddash_posts_failed_total",
    help: "Posts failed for good, by reason: gone (channel deleted), forbidden, rejected, transient",
    labelNames: ["reason"],
    registers: [registry],
  });
  const tickSeconds = new Histogram({
    name: "yaddash_tick_duration_seconds",
    help: "How long a scheduler tick took",
    buckets: [0.05, 0.25, 1, 5, 15, 30, 60, 120, 300],
    registers: [registry],
  });
  const interactionSeconds = new Histogram({
    name: "yaddash_interaction_duration_seconds",
    help: "From an interaction's arrival on the gateway to its answer",
    labelNames: ["command", "outcome"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: "yaddash_rest_429_total",
    help: "429 answers to REST requests, by X-RateLimit-Scope (user, global, shared)",
    labelNames: ["scope"],
    registers: [registry],
  });
  // One store query per scrape serves both gauges.
  type Counts = Awaited<ReturnType<MetricSources["counts"]>>;
  let counts: { at: number; result: Promise<Counts | null> } | null = null;
  const currentCounts = () => {
    if (!counts || performance.now() - counts.at > 1000)
      // An unreachable store leaves these two empty; the other metrics are still served.
      counts = { at: performance.now(), result: sources.counts().catch(() => null) };
    return counts.result;
  };
  new Gauge({
    name: "yaddash_subscriptions",
    help: "Subscriptions by status",
    labelNames: ["status"],
    registers: [registry],
    async collect() {
      const current = await currentCounts();
      this.reset();
      for (const [status, n] of Object.entries(current?.byStatus ?? {})) this.set({ status }, n);
    },
  });
  new Gauge({
    name: "yaddash_due_backlog",
    help: "Active subscriptions whose post is due now and not yet sent",
    registers: [registry],
    async collect() {
      const current = await currentCounts();
      if (current) this.set(current.due);
      else this.reset();
    },
  });
  new Gauge({
    name: "yaddash_gateway_latency_seconds",
    help: "Gateway heartbeat round trip, per shard",
    labelNames: ["shard"],
    registers: [registry],
    collect() {
      this.reset();
      for (const { id, pingMs } of sources.shards())
        if (pingMs >= 0) this.set({ shard: String(id) }, pingMs / 1000);
    },
  });

  return {
    registry,
    tick(report, seconds) {
      tickSeconds.observe(seconds);
      for (const outcome of ["sent", "failed", "retrying", "dropped", "unverified"] as const)
        if (report[outcome]) posts.inc({ outcome }, report[outcome]);
      for (const [reason, n] of Object.entries(report.failedBy)) failed.inc({ reason }, n);
    },
    interaction(command, outcome, seconds) {
      interactionSeconds.observe({ command, outcome }, seconds);
    },
    restResponse(status, scope) {
      if (status === 429) rateLimited.inc({ scope: scope ?? "unknown" });
    },
  };
}
