import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RELOAD_REQUEST_KEY } from "../../src/service.js";
import { metaRepository } from "../../src/store/meta.js";
import { openDatabase } from "../../src/store/open.js";
import { startHarness, tempDatabaseUrl, type Harness } from "./bot-harness.js";

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
});
