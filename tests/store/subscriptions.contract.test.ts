import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open.js";
import {
  SubscriptionConflict,
  type SubscriptionRepository,
} from "../../src/ports/subscription-repository.js";
import { subscriptionRepository } from "../../src/store/subscriptions.js";
import { MAX_SUBSCRIPTIONS_PER_GUILD } from "../../src/model/subscription-model.js";
import { newSubscription } from "../kit/helpers.js";
import { ENGINES } from "./engines.js";

const NOW = "2026-11-24T10:00:00.000Z";
const input = newSubscription;

for (const engine of ENGINES) {
  describe.skipIf(engine.skipReason)(
    `subscription store on ${engine.name}${engine.skipReason ? ` (skipped: ${engine.skipReason})` : ""}`,
    () => {
      let repo: SubscriptionRepository;
      let cleanup: () => Promise<void>;
      let db: Awaited<ReturnType<(typeof engine)["open"]>>["db"];

      beforeEach(async () => {
        const opened = await engine.open();
        ({ db, cleanup } = opened);
        repo = subscriptionRepository(opened.db);
      });
      afterEach(() => cleanup());

      it("adds a subscription with its defaults and reads it back", async () => {
        const added = await repo.add(
          input({
            kinds: ["city-day", "public-holiday"],
            remindDays: 3,
            roleId: "400000000000000001",
          }),
          NOW,
        );
        expect(added).toMatchObject({
          status: "active",
          statusSince: NOW,
          createdAt: NOW,
          lastPostAt: null,
          brokenReason: null,
        });
        expect(await repo.get(added.guildId, added.id)).toEqual(added);
        expect(added.kinds).toEqual(["city-day", "public-holiday"]);
        expect(added.remindDays).toBe(3);
      });

      it("keeps an intro line as written, changes it and clears it", async () => {
        const intro = "{role} Today: {name} — {anniversary}, «{date}»; {days}";
        const added = await repo.add(input({ intro }), NOW);
        expect((await repo.get(added.guildId, added.id))!.intro).toBe(intro);
        expect((await repo.update(added.guildId, added.id, { postTime: "10:00" }))!.intro).toBe(
          intro,
        );
        expect((await repo.update(added.guildId, added.id, { intro: "{name}" }))!.intro).toBe(
          "{name}",
        );
        expect((await repo.update(added.guildId, added.id, { intro: null }))!.intro).toBeNull();
        expect((await repo.add(input(), NOW)).intro).toBeNull();
      });

      it("scopes every read and write to its guild", async () => {
        const added = await repo.add(input(), NOW);
        const otherGuild = "100000000000000099";
        expect(await repo.get(otherGuild, added.id)).toBeUndefined();
        expect(await repo.update(otherGuild, added.id, { postTime: "10:00" })).toBeUndefined();
        expect(await repo.remove(otherGuild, added.id)).toBe(false);
        expect((await repo.get(added.guildId, added.id))?.postTime).toBe("09:00");
      });

      it("allows several per guild but one per channel and language, and writes nothing on a duplicate", async () => {
        const first = await repo.add(input(), NOW);
        await repo.add(input({ channelId: first.channelId, language: "az" }), NOW);
        await expect(repo.add(input({ channelId: first.channelId }), NOW)).rejects.toEqual(
          new SubscriptionConflict("duplicate"),
        );
        expect(await repo.list(first.guildId)).toHaveLength(2);
      });

      it(`caps a guild at ${MAX_SUBSCRIPTIONS_PER_GUILD}, even when adds race`, async () => {
        const guildId = "100000000000000007";
        for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_GUILD - 2; i++)
          await repo.add(input({ guildId }), NOW);
        const racing = await Promise.allSettled(
          Array.from({ length: 6 }, () => repo.add(input({ guildId }), NOW)),
        );
        expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(2);
        for (const r of racing.filter((r) => r.status === "rejected"))
          expect((r as PromiseRejectedResult).reason).toEqual(new SubscriptionConflict("cap"));
        expect(await repo.list(guildId)).toHaveLength(MAX_SUBSCRIPTIONS_PER_GUILD);
      });

      it("edits, pauses, breaks with a reason and resumes", async () => {
        const added = await repo.add(input(), NOW);
        expect(
          await repo.update(added.guildId, added.id, {
            postTime: "18:30",
            timeZone: "Europe/Berlin",
            kinds: ["memorial-day"],
            roleId: null,
          }),
        ).toMatchObject({
          postTime: "18:30",
          timeZone: "Europe/Berlin",
          kinds: ["memorial-day"],
        });
        const later = "2026-11-25T00:00:00.000Z";
        expect(
          await repo.setStatus(added.guildId, added.id, "broken", "Missing Permissions", later),
        ).toMatchObject({
          status: "broken",
          brokenReason: "Missing Permissions",
          statusSince: later,
        });
        expect(
          await repo.setStatus(added.guildId, added.id, "active", "ignored", NOW),
        ).toMatchObject({ status: "active", brokenReason: null });
      });

      it("keeps a weekly digest's weekday, and reschedules daily and weekly schedules apart", async () => {
        const daily = await repo.add(input(), NOW);
        const weekly = await repo.add(input({ weekday: 3 }), NOW);
        expect(daily.weekday).toBeNull();
        expect(weekly.weekday).toBe(3);
        expect(await repo.activeSchedules()).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ weekday: null }),
            expect.objectContaining({ weekday: 3 }),
          ]),
        );
        const { weekday, ...schedule } = (await repo.activeSchedules()).find((x) => x.weekday)!;
        const next = { at: "2026-12-30T05:00:00.000Z", date: "2026-12-30" };
        expect(await repo.scheduleAll([{ schedule: { ...schedule, weekday }, next }])).toBe(1);
        expect((await repo.find(weekly.id))!.nextDueDate).toBe("2026-12-30");
        expect((await repo.find(daily.id))!.nextDueDate).toBeNull();
        expect(await repo.update(weekly.guildId, weekly.id, { weekday: null })).toMatchObject({
          weekday: null,
        });
      });

      it("keeps a thread's archive period, and none", async () => {
        const added = await repo.add(input({ threadArchive: 4320 }), NOW);
        expect(await repo.get(added.guildId, added.id)).toMatchObject({ threadArchive: 4320 });
        expect(await repo.update(added.guildId, added.id, { threadArchive: null })).toMatchObject({
          threadArchive: null,
        });
      });

      it("notes the date last posted, which never goes back", async () => {
        const added = await repo.add(input(), NOW);
        await repo.markPosted(added.id, "2026-11-25");
        await repo.markPosted(added.id, "2026-11-24");
        await repo.recordResult(added.id, { lastPostAt: NOW, lastError: null });
        expect(await repo.get(added.guildId, added.id)).toMatchObject({
          lastPostDate: "2026-11-25",
          lastPostAt: NOW,
        });
        await repo.markPosted(added.id, "2026-11-26");
        expect((await repo.get(added.guildId, added.id))?.lastPostDate).toBe("2026-11-26");
      });

      it("counts subscriptions by status, and the active ones due", async () => {
        expect(await repo.counts(NOW)).toEqual({ byStatus: {}, due: 0 });
        const subs = [];
        for (let i = 0; i < 4; i++) subs.push(await repo.add(input(), NOW));
        await repo.schedule(subs[0]!.id, { at: "2026-11-24T09:00:00.000Z", date: "2026-11-24" });
        await repo.schedule(subs[1]!.id, { at: "2026-11-25T09:00:00.000Z", date: "2026-11-25" });
        await repo.setStatus(subs[2]!.guildId, subs[2]!.id, "paused", null, NOW);
        await repo.schedule(subs[2]!.id, { at: "2026-11-24T09:00:00.000Z", date: "2026-11-24" });
        expect(await repo.counts(NOW)).toEqual({ byStatus: { active: 3, paused: 1 }, due: 1 });
      });

      it("an edit that would duplicate another subscription is refused and changes nothing", async () => {
        const a = await repo.add(input(), NOW);
        const b = await repo.add(input({ language: "ru" }), NOW);
        await expect(
          repo.update(b.guildId, b.id, { channelId: a.channelId, language: "en" }),
        ).rejects.toBeInstanceOf(SubscriptionConflict);
        expect(await repo.get(b.guildId, b.id)).toEqual(b);
      });

      it("removes one, a channel's, or a whole guild's subscriptions", async () => {
        const a = await repo.add(input(), NOW);
        await repo.add(input({ channelId: a.channelId, language: "ru" }), NOW);
        const c = await repo.add(input(), NOW);
        await repo.add(input({ guildId: "100000000000000002" }), NOW);
        expect(await repo.removeChannel(a.channelId)).toBe(2);
        expect(await repo.remove(c.guildId, c.id)).toBe(true);
        expect(await repo.removeGuild("100000000000000002")).toBe(1);
        expect(await repo.list(a.guildId)).toEqual([]);
      });

      it("runs migrations once: opening again keeps the data", async () => {
        const added = await repo.add(input(), NOW);
        const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
        expect(rows.map((r) => r.name)).toEqual([
          "001_subscriptions",
          "002_delivery",
          "003_fenced_outbox",
          "004_weekly_digest",
          "005_server_dates",
          "006_scheduled_events",
          "007_last_post_date",
          "008_subscription_intro",
          "009_threads",
          "010_live_messages",
          "011_member_reminders",
        ]);
        expect(await repo.get(added.guildId, added.id)).toEqual(added);
      });
    },
  );
}

describe("opening a store", () => {
  it("creates the SQLite file and its folder in WAL mode", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "yaddash-")), "var", "y.sqlite");
    const { db } = await openDatabase(`file:${file}`);
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(rows[0]!.journal_mode).toBe("wal");
    await db.destroy();
    expect(existsSync(file)).toBe(true);
    const again = await openDatabase(`file:${file}`);
    await again.db.destroy();
  });

  it("rejects a DATABASE_URL of another kind, naming what is accepted", async () => {
    await expect(openDatabase("mysql://localhost/db")).rejects.toThrow(
      /must start with file: or postgres:\/\//,
    );
  });
});
