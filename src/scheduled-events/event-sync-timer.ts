import type { Clock } from "../clock/clock.js";
import type { Logger } from "../log/logger.js";
import type { ScheduledEventRepository } from "../ports/scheduled-event-repository.js";
import type { EventSync } from "./event-sync.js";

/** How often a server's scheduled events are compared with what they should be. */
const EVENT_SYNC_MINUTES = 10;

export interface EventSyncTimer {
  /** Syncs a server's events now, in the background (after a change to its subscriptions or dates). */
  syncSoon(guildId: string): void;
  /**
   * Syncs the events of the servers this process holds that were not synced for EVENT_SYNC_MINUTES,
   * one server after another in the background (not all at once beside the minute's posts).
   */
  syncDue(): Promise<void>;
}

export function eventSyncTimer(deps: {
  sync: EventSync;
  events: Pick<ScheduledEventRepository, "guilds">;
  clock: Clock;
  /** Whether this process holds the server (one of its shards does). */
  holds(guildId: string): boolean;
  log: Logger;
}): EventSyncTimer {
  const { sync, clock, log } = deps;
  const syncNow = (guildId: string) =>
    sync
      .sync(guildId)
      .catch((error: unknown) =>
        log.warn({ err: error, guild: guildId }, "could not sync scheduled events"),
      );
  const syncedAt = new Map<string, number>();
  let syncing = false;
  return {
    syncSoon: (guildId) => void syncNow(guildId),
    async syncDue() {
      if (syncing) return;
      const now = clock.now().toMillis();
      const due = (await deps.events.guilds()).filter(
        (guildId) =>
          deps.holds(guildId) &&
          now - (syncedAt.get(guildId) ?? -Infinity) >= EVENT_SYNC_MINUTES * 60_000,
      );
      if (!due.length) return;
      syncing = true;
      void (async () => {
        for (const guildId of due) {
          syncedAt.set(guildId, now);
          await syncNow(guildId);
        }
      })().finally(() => (syncing = false));
    },
  };
}
