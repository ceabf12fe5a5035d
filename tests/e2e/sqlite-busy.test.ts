import { monitorEventLoopDelay } from "node:perf_hooks";
import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { manualClock } from "../clock.js";
import { startHarness, tempDatabaseUrl } from "../kit/bot-harness.js";
import { addChannels, messages, subscribe } from "../kit/delivery-helpers.js";

// Kept until the worker exits: better-sqlite3 12 on Node 24 can abort when the collector finalizes a
// connection (see src/store/open.ts).
const connections: SQLite.Database[] = [];

describe("SQLite locked by another writer for a while", () => {
  it("gives up each call quickly instead of freezing the event loop, and posts everything once the lock is gone", async () => {
    const clock = manualClock("2026-11-25T04:00:00Z");
    const databaseUrl = tempDatabaseUrl();
    const h = await startHarness({ clock, databaseUrl });
    const other = new SQLite(databaseUrl.slice("file:".length));
    connections.push(other);
    try {
      const targets = addChannels(h.discord, 5);
      for (const t of targets) await subscribe(h, t);
      // Someone (a backup tool, an operator's shell) holds the write lock.
      other.exec("begin immediate");
      clock.set("2026-11-25T05:00:00Z");
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const report = await h.dispatcher.tick();
      delay.disable();
      // better-sqlite3 waits synchronously: the busy timeout (100 ms) bounds each freeze. The bound
      // here is ten times that, for a busy machine; the old 5 s timeout froze it for 25 s.
      expect(delay.max / 1e6).toBeLessThan(1000);
      expect(report.sent).toBe(0);
      expect(h.logs.some((l) => JSON.parse(l).msg === "could not handle a due subscription")).toBe(
        true,
      );
      other.exec("commit");
      clock.set("2026-11-25T05:01:00Z");
      expect(await h.dispatcher.tick()).toMatchObject({ sent: 5 });
      for (const t of targets) expect(messages(h, t.channelId)).toHaveLength(1);
    } finally {
      other.close();
      await h.stop();
    }
  });
});
