import type { Calendar } from "../calendar/load.js";
import type { Clock } from "../clock/clock.js";
import type { Logger } from "../log/logger.js";
import { calendarWith } from "../server-dates/server-date.js";
import type { ScheduledEventRepository } from "../store/scheduled-events.js";
import type { ServerDateRepository } from "../store/server-dates.js";
import type { SubscriptionRepository } from "../store/subscriptions.js";
import { plannedEvents, type PlannedEvent } from "./event-plan.js";

/** What Discord does with a server's scheduled events; `gone` when Discord has no such event. */
export interface EventPort {
  /** The ids of the server's scheduled events. */
  list(guildId: string): Promise<Set<string>>;
  create(guildId: string, event: PlannedEvent): Promise<string>;
  edit(guildId: string, eventId: string, event: PlannedEvent): Promise<"edited" | "gone">;
  remove(guildId: string, eventId: string): Promise<void>;
}

export interface EventSyncReport {
  created: number;
  edited: number;
  removed: number;
}

export interface EventSync {
  /**
   * Makes a server's events what its subscriptions ask for: created once, edited when what they say
   * changed, removed when the day is over or no active subscription asks for events any more.
   */
  sync(guildId: string): Promise<EventSyncReport>;
}

export function eventSync(deps: {
  calendar: Calendar;
  clock: Clock;
  subscriptions: Pick<SubscriptionRepository, "list">;
  serverDates: Pick<ServerDateRepository, "list">;
  events: ScheduledEventRepository;
  port: EventPort;
  log: Logger;
}): EventSync {
  // One sync per server at a time: two would both create the same event.
  const running = new Map<string, Promise<EventSyncReport>>();

  async function syncNow(guildId: string): Promise<EventSyncReport> {
    const report: EventSyncReport = { created: 0, edited: 0, removed: 0 };
    const now = deps.clock.now();
    // The server's first subscription that asks for events says in which language, zone and kinds.
    const [asking] = (await deps.subscriptions.list(guildId)).filter(
      (s) => s.events && s.status === "active",
    );
    const planned = asking
      ? plannedEvents(
          calendarWith(deps.calendar, await deps.serverDates.list(guildId), asking.language),
          asking,
          now,
        )
      : [];
    const stored = new Map((await deps.events.list(guildId)).map((e) => [e.key, e]));
    // One that someone deleted in Discord is made again while a subscription asks for it.
    const existing = stored.size ? await deps.port.list(guildId) : new Set<string>();
    for (const [key, event] of stored)
      if (!existing.has(event.eventId)) {
        await deps.events.remove(guildId, key);
        stored.delete(key);
      }
    const wanted = new Map(planned.map((e) => [e.key, e]));
    const nowIso = now.toUTC().toISO()!;
    for (const [key, event] of stored) {
      if (wanted.has(key)) continue;
      await deps.port.remove(guildId, event.eventId);
      await deps.events.remove(guildId, key);
      report.removed++;
    }
    for (const event of planned) {
      const made = stored.get(event.key);
      // Discord refuses an event that starts in the past: one already under way is left as it is.
      if (event.start <= nowIso || made?.hash === event.hash) continue;
      const saved = { key: event.key, hash: event.hash, endAt: event.end };
      if (made && (await deps.port.edit(guildId, made.eventId, event)) === "edited") {
        await deps.events.save(guildId, { ...saved, eventId: made.eventId });
        report.edited++;
        continue;
      }
      // New, or deleted in Discord meanwhile: made (again).
      await deps.events.save(guildId, {
        ...saved,
        eventId: await deps.port.create(guildId, event),
      });
      report.created++;
    }
    if (report.created || report.edited || report.removed)
      deps.log.info({ guild: guildId, ...report }, "scheduled events synced");
    return report;
  }

  return {
    sync(guildId) {
      const earlier = running.get(guildId) ?? Promise.resolve();
      const next = earlier
        .catch(() => undefined)
        .then(() => syncNow(guildId))
        .finally(() => {
          if (running.get(guildId) === next) running.delete(guildId);
        });
      running.set(guildId, next);
      return next;
    },
  };
}
