import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../clock.js";
import { DISCORD_ERRORS } from "../kit/fake-discord/server.js";
import { relayTo, type Relay } from "../store/relay.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { addChannels, subscribe } from "../kit/delivery-helpers.js";

const url = process.env.TEST_POSTGRES_URL;
const skipReason = url ? null : "TEST_POSTGRES_URL is not set (.ci/run sets it)";

/** Prometheus text format → value by `name{label="value",…}` as written (labels in prom-client's order). */
function parseMetrics(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const match = line.match(/^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?) (\S+)$/);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    values.set(match[1]!, Number(match[2]));
  }
  return values;
}

describe.skipIf(skipReason)(
  `/healthz and /metrics${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    const schema = `health_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: url });
    const clock = manualClock("2026-11-25T04:00:00Z");
    let relay: Relay;
    let h: Harness;
    /** From the operators' listener, or the public one. */
    const get = async (path: string, port = h.ops!.port) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
    };

    beforeAll(async () => {
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      const relayed = await relayTo(url!);
      relay = relayed.relay;
      h = await startHarness({
        clock,
        http: true,
        databaseUrl: relayed.url,
        store: { schema, postgres: { connectMs: 500, statementMs: 1000, idleMs: 30_000 } },
        discord: { heartbeatIntervalMs: 200 },
      });
    });
    afterAll(async () => {
      await h?.stop();
      await relay?.close();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    });

    it("/healthz is 200 while every part works, 503 naming the store while it is unreachable (why, in the log only), and 200 again", async () => {
      const healthy = await get("/healthz");
      expect(healthy.status).toBe(200);
      expect(JSON.parse(healthy.text)).toMatchObject({
        ok: true,
        failing: [],
        gateway: { shards: [{ id: 0, ready: true }] },
        store: { ok: true },
      });
      relay.cut();
      // The store is pinged in the background: the next ping finds it gone.
      await expect.poll(async () => (await get("/healthz")).status, { timeout: 10_000 }).toBe(503);
      const down = JSON.parse((await get("/healthz")).text) as { store: object };
      expect(down).toMatchObject({ ok: false, failing: ["store"], store: { ok: false } });
      expect(Object.keys(down.store).sort()).toEqual(["checkedSecondsAgo", "ok"]);
      expect(h.logs.filter((l) => l.includes("health: the store is failing"))).toHaveLength(1);
      relay.restore();
      await expect.poll(async () => (await get("/healthz")).status, { timeout: 10_000 }).toBe(200);
    });

    it("/metrics is Prometheus text whose counters match what the test server saw", async () => {
      const targets = addChannels(h.discord, 12);
      for (const t of targets) await subscribe(h, t);
      // One post answered 429 first (discord.js waits and retries it), one channel gone for good.
      h.discord.failNext(/^\/channels\/\d+\/messages$/, {
        status: 429,
        body: { message: "You are being rate limited.", retry_after: 0.2, global: false },
        headers: { "retry-after": "1", "x-ratelimit-scope": "user" },
      });
      h.discord.failNext(
        new RegExp(`^/channels/${targets[0]!.channelId}/messages$`),
        DISCORD_ERRORS.unknownChannel,
      );
      clock.set("2026-11-25T05:00:00Z");
      await h.tick();
      for (let i = 0; i < 3; i++) await h.discord.interact({ name: "today" });
      await h.discord
        .interact({ name: "on", options: [{ name: "date", type: 3, value: "31 February" }] })
        .catch(() => undefined);

      const scraped = await get("/metrics");
      expect(scraped.status).toBe(200);
      expect(scraped.type).toMatch(/^text\/plain; version=0\.0\.4/);
      const m = parseMetrics(scraped.text);
      const made = h.discord.seen("POST", /^\/channels\/\d+\/messages$/);
      expect(m.get('yaddash_posts_total{outcome="sent"}')).toBe(
        made.filter((r) => r.status === 200).length,
      );
      expect(m.get('yaddash_posts_total{outcome="sent"}')).toBe(11);
      expect(m.get('yaddash_posts_failed_total{reason="gone"}')).toBe(1);
      expect(m.get('yaddash_rest_429_total{scope="user"}')).toBe(
        made.filter((r) => r.status === 429).length,
      );
      expect(m.get('yaddash_rest_429_total{scope="user"}')).toBe(1);
      expect(m.get('yaddash_subscriptions{status="active"}')).toBe(11);
      expect(m.get("yaddash_due_backlog")).toBe(0);
      expect(m.get("yaddash_tick_duration_seconds_count")).toBe(1);
      expect(
        m.get('yaddash_interaction_duration_seconds_count{command="today",outcome="answered"}'),
      ).toBe(3);
      expect(
        m.get('yaddash_interaction_duration_seconds_count{command="on",outcome="refused"}'),
      ).toBe(1);
      expect(m.get("process_cpu_seconds_total")).toBeGreaterThan(0);
      await expect
        .poll(async () =>
          parseMetrics((await get("/metrics")).text).get(
            'yaddash_gateway_latency_seconds{shard="0"}',
          ),
        )
        .toBeGreaterThanOrEqual(0);
    });

    it("serves nothing else, and the public listener none of it", async () => {
      expect((await get("/admin")).status).toBe(404);
      expect((await get("/calendar.ics/../.env")).status).toBe(404);
      expect((await get("/")).status).toBe(404);
      for (const path of ["/healthz", "/metrics"])
        expect((await get(path, h.http!.port)).status, path).toBe(404);
    });
  },
);
