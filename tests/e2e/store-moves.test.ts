import { spawnSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { manualClock } from "../clock.js";
import { makeGuild, makeUser } from "../kit/fake-discord/fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import { startHarness, tempDatabaseUrl, type Harness } from "../kit/bot-harness.js";
import { messages, subscribe } from "../kit/delivery-helpers.js";

// docs/deploy.md, "Backups" and "From one process to N": what an operator does to a running bot's store,
// followed step by step. Neither may post a day twice.

const postgresUrl = process.env.TEST_POSTGRES_URL;
let discord: FakeDiscord | undefined;
let h: Harness | undefined;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await h?.stop();
  h = undefined;
  await discord?.close();
  discord = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** 07:00 in Baku on 25 November 2026 (Kalbajar City Day), before the 09:00 post. */
const BEFORE_POST = "2026-11-25T03:00:00Z";
const POST = "2026-11-25T05:00:00Z";

describe("moving or restoring the store", () => {
  it("restoring a backup taken before the day's post does not post it again", async () => {
    const clock = manualClock(BEFORE_POST);
    discord = await startFakeDiscord({ now: () => clock.now().toMillis() });
    const guild = makeGuild("Restored", makeUser("owner").id);
    const databaseUrl = tempDatabaseUrl();
    const file = databaseUrl.slice("file:".length);
    h = await startHarness({ clock, server: discord, guild, databaseUrl });
    const channelId = guild.channels[0]!.id;
    await subscribe(h, { channelId });

    // The backup, while the bot runs: SQLite's online backup, what `sqlite3 … ".backup …"` does.
    const backup = join(file, "..", "backup.sqlite");
    const reader = new Database(file, { readonly: true });
    await reader.backup(backup);
    reader.close();

    clock.set(POST);
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1 });
    await h.stop();
    h = undefined;

    // Restore: stop, copy the backup back, start — half an hour later, past Discord's nonce window.
    for (const suffix of ["-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    copyFileSync(backup, file);
    clock.set("2026-11-25T05:30:00Z");
    h = await startHarness({ clock, server: discord, guild, databaseUrl });
    await h.dispatcher.tick();
    expect(messages(h, channelId)).toHaveLength(1);
    const [row] = await h.deliveries.list();
    expect(row).toMatchObject({ status: "sent", messageId: messages(h, channelId)[0].id });
    expect(h.logs.join("")).toContain("found the earlier try's message");
  });

  it("schedules recomputed without the outbox never go back to a day already posted", async () => {
    const clock = manualClock(BEFORE_POST);
    discord = await startFakeDiscord({ now: () => clock.now().toMillis() });
    const guild = makeGuild("Recomputed", makeUser("owner").id);
    const databaseUrl = tempDatabaseUrl();
    h = await startHarness({ clock, server: discord, guild, databaseUrl });
    const channelId = guild.channels[0]!.id;
    const sub = await subscribe(h, { channelId });
    clock.set(POST);
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1 });
    expect((await h.subscriptions.find(sub.id))!.lastPostDate).toBe("2026-11-25");

    // The outbox is gone (a store moved without it) and every schedule is recomputed from the start
    // of the catch-up window, as after a calendar change: today's post is not due again.
    await h.deliveries.prune("9999-12-31");
    clock.set("2026-11-25T07:00:00Z");
    await h.planner.rescheduleAll();
    expect((await h.subscriptions.find(sub.id))!.nextDueDate).toBe("2026-12-31");
    const before = discord.requests.length;
    await h.dispatcher.tick();
    expect(discord.requests.slice(before)).toEqual([]);
    expect(messages(h, channelId)).toHaveLength(1);
  });

  it.skipIf(!postgresUrl)(
    `moving from SQLite to PostgreSQL with \`store copy\` does not post the day again${postgresUrl ? "" : " (skipped: TEST_POSTGRES_URL is not set)"}`,
    async () => {
      const clock = manualClock(BEFORE_POST);
      discord = await startFakeDiscord({ now: () => clock.now().toMillis() });
      const guild = makeGuild("Moved", makeUser("owner").id, ["daily", "reminded"]);
      const sqliteUrl = tempDatabaseUrl();
      h = await startHarness({ clock, server: discord, guild, databaseUrl: sqliteUrl });
      const [daily, reminded] = guild.channels.map((c) => c.id);
      await subscribe(h, { channelId: daily!, live: true });
      await subscribe(h, { channelId: reminded!, remindDays: 1 });
      await h.context.reminders.add(makeUser("member").id, { kind: "city-day" }, "az");
      clock.set(POST);
      expect(await h.tick()).toMatchObject({ sent: 2 });
      await h.stop();
      h = undefined;

      const schema = `moved_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      cleanups.push(async () => {
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      });
      await admin.query(`create schema ${schema}`);
      const copy = () =>
        spawnSync(
          process.execPath,
          ["--import", "tsx", "src/cli/run-cli.ts", "store", "copy", "--to", postgresUrl!].concat([
            "--schema",
            schema,
          ]),
          {
            encoding: "utf8",
            env: { ...process.env, DISCORD_TOKEN: "", DATABASE_URL: sqliteUrl },
            timeout: 60_000,
          },
        );
      const copied = copy();
      expect(copied.status, copied.stderr).toBe(0);
      expect(copied.stdout).toContain("subscriptions: 2");
      expect(copied.stdout).toContain("posts in the outbox: 2");
      expect(copied.stdout).toContain("members' reminders: 1");
      const again = copy();
      expect(again.status).toBe(2);
      expect(again.stderr).toContain(
        "The new store already has subscriptions; nothing was copied.",
      );

      // Later the same day, on the new store: nothing is posted again, and the next posts stand.
      clock.set("2026-11-25T07:00:00Z");
      h = await startHarness({
        clock,
        server: discord,
        guild,
        databaseUrl: postgresUrl,
        store: { schema },
      });
      await h.dispatcher.tick();
      const isLive = (m: { embeds: { title?: string }[] }) =>
        m.embeds[0]?.title === "Upcoming days";
      for (const channelId of [daily!, reminded!])
        expect(
          messages(h, channelId).filter((m) => !isLive(m)),
          channelId,
        ).toHaveLength(1);
      const subs = await h.subscriptions.list(guild.id);
      expect(subs.map((s) => s.nextDueDate).sort()).toEqual(["2026-12-30", "2026-12-31"]);
      // The live message moved too: at the next local midnight it is edited, not posted again.
      const live = () => messages(h!, daily!).filter(isLive);
      expect(live()).toHaveLength(1);
      clock.set("2026-11-25T20:00:00Z");
      await h.tick();
      expect(live()).toHaveLength(1);
      expect(discord.seen("PATCH", new RegExp(`/messages/${live()[0].id}$`))).toHaveLength(1);
    },
  );
});
