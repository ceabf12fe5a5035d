import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../clock.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { addChannels, messages, posts, subscribe } from "../kit/delivery-helpers.js";

const url = process.env.TEST_POSTGRES_URL;
const skipReason = url ? null : "TEST_POSTGRES_URL is not set (.ci/run sets it)";

describe.skipIf(skipReason)(
  `two bot processes sharing PostgreSQL${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    const schema = `multi_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: url });
    const clock = manualClock("2026-11-24T00:00:00Z");
    let a: Harness;
    let b: Harness;

    beforeAll(async () => {
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      const databaseUrl = url!;
      // One bot token, two processes: each takes half of Discord's global 50 requests per second.
      a = await startHarness({
        clock,
        databaseUrl,
        store: { schema },
        globalRequestsPerSecond: 25,
      });
      b = await startHarness({
        clock,
        databaseUrl,
        store: { schema },
        globalRequestsPerSecond: 25,
        server: a.discord,
      });
    });
    afterAll(async () => {
      await b?.stop();
      await a?.stop();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    });

    it("never post twice: each post is claimed by exactly one of them", async () => {
      const targets = addChannels(a.discord, 150);
      for (const t of targets) await subscribe(a, t);
      clock.set("2026-11-25T05:00:00Z");
      const [first, second] = await Promise.all([a.dispatcher.tick(), b.dispatcher.tick()]);
      // A process that found a post claimed by the other looks again a minute later, and finds it sent.
      clock.set("2026-11-25T05:01:00Z");
      await Promise.all([a.dispatcher.tick(), b.dispatcher.tick()]);
      for (const t of targets) expect(messages(a, t.channelId), t.channelId).toHaveLength(1);
      const answered = a.discord.seen("POST", /^\/channels\/\d+\/messages$/);
      // 429s (the two share one token's limit) are waited out and retried by discord.js; what counts is
      // that exactly one request per channel made a message.
      expect(answered.filter((r) => r.status === 200)).toHaveLength(targets.length);
      expect(first!.sent + second!.sent).toBe(targets.length);
      const subs = await a.subscriptions.due("9999-12-31T00:00:00.000Z", 1000);
      expect(subs.every((s) => s.nextDueDate === "2026-12-31")).toBe(true);
    });

    it("never make two live messages for one channel", async () => {
      const targets = addChannels(a.discord, 40);
      for (const t of targets) await subscribe(a, { ...t, live: true });
      await Promise.all([a.tick(), b.tick()]);
      clock.set("2026-11-25T05:02:00Z");
      await Promise.all([a.tick(), b.tick()]);
      const isLive = (m: { embeds?: { title?: string }[] }) =>
        m.embeds?.[0]?.title === "Upcoming days";
      for (const t of targets) {
        expect(messages(a, t.channelId).filter(isLive), t.channelId).toHaveLength(1);
        // One create each, not two that the nonce made into one.
        const creates = posts(a, t.channelId).filter((r) => r.status === 200 && isLive(r.body));
        expect(creates, t.channelId).toHaveLength(1);
      }
    });
  },
);
