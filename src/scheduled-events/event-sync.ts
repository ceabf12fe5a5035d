import type { Calendar } from "../model/calendar-schema.js";
import type { Clock } from "../clock/clock.js";
import type { Logger } from "../log/logger.js";
import { calendarWith } from "../server-dates/server-date.js";
import type { ScheduledEventRepository, StoredEvent } from "../ports/scheduled-event-repository.js";
import type { ServerDateRepository } from "../ports/server-date-repository.js";
import type { SubscriptionRepository } from "../ports/subscription-repository.js";
import type { Subscription } from "../model/subscription-model.js";
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

interface EventSyncDeps {
  calendar: Calendar;
  clock: Clock;
  subscriptions: Pick<SubscriptionRepository, "list" | "recordResult">;
  serverDates: Pick<ServerDateRepository, "list">;
  events: ScheduledEventRepository;
  port: EventPort;
  log: Logger;
}

/** One server's sync under way: what the bot stored, what is wanted, what Discord has, the outcome. */
interface GuildSync {
  deps: EventSyncDeps;
  guildId: string;
  nowIso: string;
  /** The server's first subscription that asks for events: its language, zone and kinds decide. */
  asking: Subscription | undefined;
  planned: PlannedEvent[];
  stored: Map<string, StoredEvent>;
  inDiscord: DiscordEvent[];
  report: EventSyncReport;
  firstError: unknown;
}

async function startSync(deps: EventSyncDeps, guildId: string): Promise<GuildSync> {
  const now = deps.clock.now();
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
  return {
    deps,
    guildId,
    nowIso: now.toUTC().toISO()!,
    asking,
    planned,
    stored: new Map((await deps.events.list(guildId)).map((e) => [e.key, e])),
    inDiscord: await deps.port.list(guildId),
    report: { created: 0, edited: 0, removed: 0, failed: 0 },
    firstError: null,
  };
}

/** Runs one change; after a failure the rest of the sync is skipped (it would fail alike). */
async function attempt(sync: GuildSync, work: () => Promise<void>): Promise<void> {
  if (sync.firstError) return;
  try {
    await work();
  } catch (error) {
    sync.report.failed++;
    sync.firstError = error;
  }
}

function save(sync: GuildSync, event: PlannedEvent, eventId: string, hash = event.hash) {
  const saved: StoredEvent = { key: event.key, eventId, hash };
  sync.stored.set(event.key, saved);
  return sync.deps.events.save(sync.guildId, saved);
}

/** Deleted in Discord by someone: forgotten, and made again while still wanted. */
async function forgetDeletedInDiscord({ deps, guildId, stored, inDiscord }: GuildSync) {
  const ids = new Set(inDiscord.map((e) => e.id));
  for (const [key, event] of stored)
    if (!ids.has(event.eventId)) {
      await deps.events.remove(guildId, key);
      stored.delete(key);
    }
}

/**
 * The bot's events that no row names — a create whose answer or record was lost (discord.js retries a
 * POST after a timeout or a 5xx), or another process's sync of the same server: one per wanted day is
 * taken over (and checked by createOrEdit), the rest removed, so there is never a second.
 */
async function adoptOrRemoveStrays(sync: GuildSync) {
  const { deps, guildId, stored, planned } = sync;
  const known = new Set([...stored.values()].map((e) => e.eventId));
  for (const stray of sync.inDiscord.filter((e) => e.mine && !known.has(e.id)))
    await attempt(sync, async () => {
      const match = planned.find(
        (p) => !stored.has(p.key) && p.name === stray.name && sameInstant(p.start, stray.start),
      );
      if (match) return save(sync, match, stray.id, "");
      await deps.port.remove(guildId, stray.id);
      sync.report.removed++;
    });
}

/** Events no longer wanted (their day is over, or no subscription asks): removed. */
async function removeUnwanted(sync: GuildSync) {
  const { deps, guildId, stored } = sync;
  const wanted = new Set(sync.planned.map((e) => e.key));
  for (const [key, event] of stored)
    if (!wanted.has(key))
      await attempt(sync, async () => {
        await deps.port.remove(guildId, event.eventId);
        await deps.events.remove(guildId, key);
        stored.delete(key);
        sync.report.removed++;
      });
}

async function createOrEdit(sync: GuildSync) {
  const { deps, guildId, stored } = sync;
  for (const event of sync.planned)
    await attempt(sync, async () => {
      const made = stored.get(event.key);
      // Discord refuses an event that starts in the past: one already under way is left as it is.
      if (event.start <= sync.nowIso || made?.hash === event.hash) return;
      if (made && (await deps.port.edit(guildId, made.eventId, event)) === "edited") {
        await save(sync, event, made.eventId);
        sync.report.edited++;
        return;
      }
      await save(sync, event, await deps.port.create(guildId, event));
      sync.report.created++;
    });
}

/**
 * A lasting refusal (Create Events revoked, the server's limit of events) stops the sync and shows on
 * the subscription, so that its admins see it in /subscription list.
 */
async function tellOutcome({ deps, guildId, asking, report, firstError }: GuildSync) {
  if (firstError) {
    const message = (firstError as Error).message;
    deps.log.warn({ guild: guildId, err: firstError, ...report }, "scheduled events: sync failed");
    if (asking)
      await deps.subscriptions.recordResult(asking.id, {
        lastError: `scheduled events: ${message}`,
      });
  } else if (report.created || report.edited || report.removed)
    deps.log.info({ guild: guildId, ...report }, "scheduled events synced");
}

async function syncNow(deps: EventSyncDeps, guildId: string): Promise<EventSyncReport> {
  const sync = await startSync(deps, guildId);
  await forgetDeletedInDiscord(sync);
  await adoptOrRemoveStrays(sync);
  await removeUnwanted(sync);
  await createOrEdit(sync);
  await tellOutcome(sync);
  return sync.report;
}

export function eventSync(deps: EventSyncDeps): EventSync {
  // One sync per server at a time in this process; across processes, the next sync of either repairs
  // what both did (adoptOrRemoveStrays).
  const running = new Map<string, Promise<EventSyncReport>>();
  return {
    sync(guildId) {
      const earlier = running.get(guildId) ?? Promise.resolve();
      const next = earlier
        .catch(() => undefined)
        .then(() => syncNow(deps, guildId))
        .finally(() => {
          if (running.get(guildId) === next) running.delete(guildId);
        });
      running.set(guildId, next);
      return next;
    },
  };
}
