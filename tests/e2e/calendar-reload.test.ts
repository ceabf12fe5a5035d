import { once } from "node:events";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { manualClock } from "../clock.js";
import { makeGuild, makeUser } from "../kit/fake-discord/fixtures.js";
import { startFakeDiscord } from "../kit/fake-discord/server.js";
import { startChild } from "./processes.js";
import { RELOAD_REQUEST_KEY } from "../../src/app/calendar-reload.js";
import { metaRepository } from "../../src/store/meta.js";
import { openDatabase } from "../../src/store/open.js";
import { startHarness, tempDatabaseUrl, type Harness } from "../kit/bot-harness.js";
import { subscribe } from "../kit/delivery-helpers.js";

// Kept until the worker exits: better-sqlite3 12 on Node 24 can abort when the collector finalizes a
// connection (see src/store/open.ts).
const connections: SQLite.Database[] = [];

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  await harness?.discord.close();
  harness = undefined;
});

const copyOfData = () => {
  const dir = mkdtempSync(join(tmpdir(), "yaddash-data-"));
  cpSync("data", dir, { recursive: true });
  return dir;
};
const edit = (dir: string, change: (text: string) => string) => {
  const file = join(dir, "observances.yaml");
  writeFileSync(file, change(readFileSync(file, "utf8")));
};

describe("reloading the calendar without a restart", () => {
  it("takes valid new data into look-ups, search and schedules; keeps the old calendar on invalid data", async () => {
    const dataDir = copyOfData();
    const databaseUrl = tempDatabaseUrl();
    harness = await startHarness({ dataDir, databaseUrl });
    const day = () => harness!.context.lookUps.day("2026-11-25").occurrences[0]!.names.en;
    expect(day()).toBe("Kalbajar City Day");

    edit(dataDir, (t) => t.replace("en: Kalbajar City Day", "en: Kalbajar City Day (renamed)"));
    expect(await harness.reloadCalendar()).toMatchObject({ ok: true, changed: true });
    expect(day()).toBe("Kalbajar City Day (renamed)");
    expect(harness.context.index.search("renamed", 1)[0]?.observance.id).toBe("kalbajar-city-day");

    edit(dataDir, (t) => t.replace("  tone: mourning\n", ""));
    const refused = await harness.reloadCalendar();
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok || refused.error).toMatch(
      /observances\.yaml:\d+ entry "national-mourning-day"/,
    );
    expect(day()).toBe("Kalbajar City Day (renamed)");
    expect(harness.logs.some((l) => l.includes("calendar reload refused"))).toBe(true);

    // The operators' CLI asks through the store; the next tick reloads.
    cpSync("data/observances.yaml", join(dataDir, "observances.yaml"));
    const { db } = await openDatabase(databaseUrl, { sqliteLock: false });
    await metaRepository(db).set(RELOAD_REQUEST_KEY, "2026-11-25T06:00:00Z");
    await db.destroy();
    await harness.tick();
    expect(day()).toBe("Kalbajar City Day");
  });

  it("while the store refuses writes: the new data is used at once, and schedules follow when the store is back", async () => {
    const dataDir = copyOfData();
    const databaseUrl = tempDatabaseUrl();
    const clock = manualClock("2026-11-24T04:00:00Z");
    harness = await startHarness({ dataDir, databaseUrl, clock });
    const channelId = harness.guild.channels[0]!.id;
    const sub = await subscribe(harness, { channelId, kinds: ["city-day"] });
    const nextDue = async () =>
      (await harness!.subscriptions.get(harness!.guild.id, sub.id))?.nextDueAt;
    expect(await nextDue()).toBe("2026-11-25T05:00:00.000Z");

    // Kalbajar City Day moved to the 24th, reloaded while another writer holds SQLite's lock.
    edit(dataDir, (t) =>
      t.replace("  date: { month: 11, day: 25 }", "  date: { month: 11, day: 24 }"),
    );
    const other = new SQLite(databaseUrl.slice("file:".length));
    connections.push(other);
    other.exec("begin immediate");
    try {
      expect(await harness.reloadCalendar()).toMatchObject({
        ok: true,
        deferred: expect.any(String),
      });
      expect(harness.context.lookUps.day("2026-11-24").occurrences[0]?.names.en).toBe(
        "Kalbajar City Day",
      );
    } finally {
      other.exec("commit");
      other.close();
    }
    expect(await nextDue()).toBe("2026-11-25T05:00:00.000Z");
    clock.set("2026-11-24T04:01:00Z");
    await harness.tick();
    expect(await nextDue()).toBe("2026-11-24T05:00:00.000Z");
  });

  it("by SIGHUP, even one that comes while the bot is starting", async () => {
    const discord = await startFakeDiscord();
    discord.addGuild(makeGuild("g", makeUser("owner").id));
    const bot = startChild("src/main.ts", {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      DATABASE_URL: tempDatabaseUrl(),
      DATA_DIR: "data",
      LOG_LEVEL: "info",
    });
    try {
      // The store is open; the gateway is not connected yet.
      await bot.logged("store ready");
      bot.process.kill("SIGHUP");
      expect(await bot.logged("calendar reloaded")).toMatchObject({ ok: true, changed: false });
      expect([bot.process.exitCode, bot.process.signalCode]).toEqual([null, null]);
    } finally {
      if (bot.process.exitCode === null && bot.process.signalCode === null) {
        bot.process.kill("SIGTERM");
        await once(bot.process, "exit");
      }
      await discord.close();
    }
  });
});
