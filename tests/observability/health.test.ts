import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { startHttpListener, type HttpListener } from "../../src/http/listener.js";
import { operatorRoutes } from "../../src/http/operator-routes.js";
import { createLogger } from "../../src/log/logger.js";
import { startHealthMonitor, type HealthMonitor } from "../../src/observability/health.js";
import { createMetrics } from "../../src/observability/metrics.js";
import { manualMonotonic } from "../clock.js";

/** Store pings, each answered when the test says. */
function store() {
  const pings: { resolve(): void; reject(e: Error): void }[] = [];
  return {
    pings,
    pingStore: () => new Promise<void>((resolve, reject) => void pings.push({ resolve, reject })),
  };
}

const started: { monitor?: HealthMonitor; listener?: HttpListener }[] = [];
afterEach(async () => {
  for (const s of started.splice(0)) {
    s.monitor?.stop();
    await s.listener?.close();
  }
});

async function monitorOf(s: ReturnType<typeof store>, timeoutMs = 60_000) {
  const lines: string[] = [];
  const log = createLogger({
    level: "info",
    destination: new Writable({
      write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()),
    }),
  });
  const clock = manualMonotonic();
  const starting = startHealthMonitor({
    sources: {
      shards: () => [{ id: 0, ready: true }],
      pingStore: s.pingStore,
      msSinceTick: () => 1000,
    },
    log,
    monotonic: clock,
    everyMs: 0,
    timeoutMs,
  });
  await expect.poll(() => s.pings.length).toBe(1);
  return { starting, lines, log, clock };
}

describe("the health monitor", () => {
  it("pings the store one at a time, whatever the request rate: /healthz reads its state", async () => {
    const s = store();
    const { starting, log } = await monitorOf(s);
    s.pings[0]!.resolve();
    const monitor = await starting;
    const listener = await startHttpListener({
      port: 0,
      host: "127.0.0.1",
      serves: "health and metrics",
      setting: "OPS_PORT",
      log,
      limits: { connectionsPerClient: 300 },
      routes: operatorRoutes({
        health: monitor,
        metrics: createMetrics({
          counts: async () => ({ byStatus: {}, due: 0 }),
          shards: () => [],
        }),
      }),
    });
    started.push({ monitor, listener });
    // The second ping starts after the first settled, and is left unanswered.
    await expect.poll(() => s.pings.length).toBe(2);
    const answers = await Promise.all(
      Array.from({ length: 300 }, () =>
        fetch(`http://127.0.0.1:${listener.port}/healthz`).then(async (res) => ({
          status: res.status,
          body: (await res.json()) as { ok: boolean; store: { ok: boolean } },
        })),
      ),
    );
    expect(answers.every((a) => a.status === 200 && a.body.store.ok)).toBe(true);
    expect(s.pings).toHaveLength(2);
  });

  it("answers a failing store without its error text, which goes to the log once", async () => {
    const s = store();
    const { starting, lines, clock } = await monitorOf(s);
    const secret = "connect ECONNREFUSED 10.1.2.3:5432 (user yaddash, password hunter2)";
    s.pings[0]!.reject(new Error(secret));
    const monitor = await starting;
    started.push({ monitor });
    clock.advance(3000);
    const health = monitor.current();
    expect(health).toMatchObject({
      ok: false,
      failing: ["store"],
      store: { ok: false, checkedSecondsAgo: 3 },
    });
    expect(JSON.stringify(health)).not.toMatch(/ECONNREFUSED|hunter2/);
    await expect.poll(() => s.pings.length).toBe(2);
    s.pings[1]!.reject(new Error(secret));
    await expect.poll(() => s.pings.length).toBe(3);
    expect(lines.filter((l) => l.includes("ECONNREFUSED"))).toHaveLength(1);
    s.pings[2]!.resolve();
    await expect.poll(() => monitor.current().ok).toBe(true);
    expect(lines.filter((l) => l.includes("the store answers"))).toHaveLength(1);
  });

  it("counts a ping not answered within timeoutMs as failing until it answers, and starts no other meanwhile", async () => {
    const s = store();
    const { starting } = await monitorOf(s, 50);
    const monitor = await starting;
    started.push({ monitor });
    expect(monitor.current().failing).toEqual(["store"]);
    s.pings[0]!.resolve();
    await expect.poll(() => monitor.current().ok).toBe(true);
    await expect.poll(() => s.pings.length).toBe(2);
    await expect.poll(() => monitor.current().ok).toBe(false);
    expect(s.pings).toHaveLength(2);
    s.pings[1]!.resolve();
    await expect.poll(() => monitor.current().ok).toBe(true);
  });
});
