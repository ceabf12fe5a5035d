import type { Calendar } from "../model/calendar-schema.js";
import type { Clock } from "../clock/clock.js";
import type { Logger } from "../log/logger.js";
import { calendarWith } from "../server-dates/server-date.js";
import type { ScheduledEventRepository, StoredEvent } from "../ports/scheduled-event-repository.js";
import type { ServerDateRepository } from "../ports/server-date-repository.js";
import type { SubscriptionRepository } from "../ports/subscription-repository.js";
import { plannedEvents, type PlannedEvent } from "./event-plan.js";

/** A scheduled event as Discord lists it: whether this bot made it, and what identifies its day. */
export interface DiscordEvent {
  id: string;
  mine: boolean;
  name: string;
  start: string;
}

/** What Discord does with a server's scheduled events; `gone` when Discord has no such event. */
export interface EventPort {
  list(guildId: string): Promise<DiscordEvent[]>;
  create(guildId: string, event: PlannedEvent): Promise<string>;
  edit(guildId: string, eventId: string, event: PlannedEvent): Promise<"edited" | "gone">;
  remove(guildId: string, eventId: string): Promise<void>;
}

export interface EventSyncReport {
  created: number;
  edited: number;
  removed: number;
  failed: number;
}

export interface EventSync {
  /**
   * Makes a server's events what its subscriptions ask for: created once, edited when what they say
   * changed, removed when the day is over or no active subscription asks for events any more.
   */
  sync(guildId: string): Promise<EventSyncReport>;
}

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

export function eventSync(deps: {
  calendar: Calendar;
  clock: Clock;
  subscriptions: Pick<SubscriptionRepository, "list" | "recordResult">;
  serverDates: Pick<ServerDateRepository, "list">;
  events: ScheduledEventRepository;
  port: EventPort;
  log: Logger;
}): EventSync {
  // One sync per server at a time in this process; across processes, the next sync of either repairs
  // what both did (below).
  const running = new Map<string, Promise<EventSyncReport>>();

  async function syncNow(guildId: string): Promise<EventSyncReport> {
    const report: EventSyncReport = { created: 0, edited: 0, removed: 0, failed: 0 };
    const now = deps.clock.now();
    const nowIso = now.toUTC().toISO()!;
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
    const wanted = new Map(planned.map((e) => [e.key, e]));
    const inDiscord = await deps.port.list(guildId);

    // Deleted in Discord by someone: forgotten, and made again below while still wanted.
    const ids = new Set(inDiscord.map((e) => e.id));
    for (const [key, event] of stored)
      if (!ids.has(event.eventId)) {
        await deps.events.remove(guildId, key);
        stored.delete(key);
      }

    let firstError: unknown = null;
    const attempt = async (work: () => Promise<void>) => {
      if (firstError) return;
      try {
        await work();
      } catch (error) {
        report.failed++;
        firstError = error;
      }
    };
    const save = (event: PlannedEvent, eventId: string, hash = event.hash) => {
      const saved: StoredEvent = { key: event.key, eventId, hash };
      stored.set(event.key, saved);
      return deps.events.save(guildId, saved);
    };

    // The bot's events that no row names — a create whose answer or record was lost (discord.js
    // retries a POST after a timeout or a 5xx), or another process's sync of the same server: one per
    // wanted day is taken over (and checked below), the rest removed, so there is never a second.
    const known = new Set([...stored.values()].map((e) => e.eventId));
    for (const stray of inDiscord.filter((e) => e.mine && !known.has(e.id)))
      await attempt(async () => {
        const match = planned.find(
          (p) => !stored.has(p.key) && p.name === stray.name && sameInstant(p.start, stray.start),
        );
        if (match) return save(match, stray.id, "");
        await deps.port.remove(guildId, stray.id);
        report.removed++;
      });

    for (const [key, event] of stored)
      if (!wanted.has(key))
        await attempt(async () => {
          await deps.port.remove(guildId, event.eventId);
          await deps.events.remove(guildId, key);
          stored.delete(key);
          report.removed++;
        });

    for (const event of planned)
      await attempt(async () => {
        const made = stored.get(event.key);
        // Discord refuses an event that starts in the past: one already under way is left as it is.
        if (event.start <= nowIso || made?.hash === event.hash) return;
        if (made && (await deps.port.edit(guildId, made.eventId, event)) === "edited") {
          await save(event, made.eventId);
          report.edited++;
          return;
        }
        await save(event, await deps.port.create(guildId, event));
        report.created++;
      });

    if (firstError) {
      // A lasting refusal (Manage Events revoked, the server's limit of events) stops this sync and
      // shows on the subscription, so that its admins see it in /subscription list.
      const message = (firstError as Error).message;
      deps.log.warn(
        { guild: guildId, err: firstError, ...report },
        "scheduled events: sync failed",
      );
      if (asking)
        await deps.subscriptions.recordResult(asking.id, {
          lastError: `scheduled events: ${message}`,
        });
    } else if (report.created || report.edited || report.removed)
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
