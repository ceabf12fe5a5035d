import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../clock.js";
import { makeUser, PERMISSIONS } from "../kit/fake-discord/fixtures.js";
import { relayTo, type Relay } from "../store/relay.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { addChannels, messages, subscribe, type Target } from "../kit/delivery-helpers.js";

const url = process.env.TEST_POSTGRES_URL;
const skipReason = url ? null : "TEST_POSTGRES_URL is not set (.ci/run sets it)";
const ADMIN = PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES;

describe.skipIf(skipReason)(
  `PostgreSQL restarts, stalls and comes back${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    const id = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const schema = `outage_${id}`;
    const application = `yaddash-outage-${id}`;
    const admin = new pg.Client({ connectionString: url });
    const clock = manualClock("2026-11-25T04:00:00Z");
    let relay: Relay;
    let h: Harness;
    let targets: Target[];
    const logged = (msg: string) => h.logs.some((l) => JSON.parse(l).msg === msg);
    const listAsAdmin = () =>
      h.discord.answer({
        name: "subscription",
        user: makeUser("admin"),
        permissions: ADMIN,
        options: [{ name: "list", type: 1, options: [] }],
      });

    beforeAll(async () => {
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      // The bot reaches PostgreSQL through the relay, which the test cuts and stalls.
      const through = new URL(url!);
      through.searchParams.set("application_name", application);
      const relayed = await relayTo(through.toString());
      relay = relayed.relay;
      h = await startHarness({
        clock,
        databaseUrl: relayed.url,
        store: { schema, postgres: { connectMs: 1000, statementMs: 1000, idleMs: 30_000 } },
      });
      targets = addChannels(h.discord, 20);
      for (const t of targets) await subscribe(h, t); // 09:00 in Baku, 05:00Z
    });
    afterAll(async () => {
      await h?.stop();
      await relay?.close();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    });

    it("its backends terminated (a restart, a failover): the process stays up and the next call works", async () => {
      await h.subscriptions.list(h.guild.id);
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1",
        [application],
      );
      // The pool's idle connection reports the kill; without a listener the process would exit.
      await expect.poll(() => logged("idle database connection lost")).toBe(true);
      expect(await h.subscriptions.list(h.guild.id)).toEqual([]);
      expect((await h.subscriptions.due("9999-01-01T00:00:00.000Z", 100)).length).toBe(20);
    });

    it("cut for ten minutes: look-ups answer, admins are told to try again, and every post due meanwhile goes out once when it is back", async () => {
      relay.cut();
      for (let minute = 0; minute < 10; minute++) {
        clock.set(`2026-11-25T05:0${minute}:00Z`);
        await expect(h.dispatcher.tick()).rejects.toThrow();
      }
      const today = await h.discord.answer({ name: "today" });
      expect(today.data.embeds[0].title).toMatch(/Kalbajar City Day/);
      // Answered within Discord's three seconds (the test server refuses a later answer).
      const list = await listAsAdmin();
      expect(list.data).toMatchObject({ flags: 1 << 6 });
      expect(list.data.content).toMatch(/store is unavailable right now .* try again in a minute/);
      for (const t of targets) expect(messages(h, t.channelId)).toHaveLength(0);

      relay.restore();
      clock.set("2026-11-25T05:10:00Z");
      expect(await h.dispatcher.tick()).toMatchObject({ sent: 20 });
      clock.set("2026-11-25T05:11:00Z");
      await h.dispatcher.tick();
      for (const t of targets) expect(messages(h, t.channelId), t.channelId).toHaveLength(1);
    });

    it("stalled: calls give up after the statement timeout instead of hanging, and the pool recovers", async () => {
      relay.stall();
      await expect(h.subscriptions.list(h.guild.id)).rejects.toThrow();
      const list = await listAsAdmin();
      expect(list.data.content).toMatch(/store is unavailable right now/);
      relay.restore();
      await expect
        .poll(() =>
          h.subscriptions.list(h.guild.id).then(
            () => true,
            () => false,
          ),
        )
        .toBe(true);
      expect((await listAsAdmin()).data.content).toMatch(/^No subscriptions yet|subscriptions:/);
    });
  },
);
