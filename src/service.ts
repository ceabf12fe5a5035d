import { createHash } from "node:crypto";
import { Status, type Client } from "discord.js";
import type { Clock } from "./clock/clock.js";
import { loadCalendar } from "./calendar/load.js";
import { type Calendar } from "./model/calendar-schema.js";
import { createLiveCalendar } from "./calendar/live-calendar.js";
import { createSearchIndex } from "./calendar/search-index.js";
import { createDispatcher, type Dispatcher } from "./delivery/dispatcher.js";
import type { DeliveryOptions } from "./delivery/delivery-options.js";
import { createPlanner, type Planner } from "./delivery/planner.js";
import type { TickReport } from "./delivery/post-delivery.js";
import { createClient, startBot, type RestOptions, type ShardOptions } from "./discord/bot.js";
import type { BotContext, Command } from "./discord/command.js";
import { discordSender } from "./discord/channel-sender.js";
import { calendarIcsRoute } from "./http/calendar-ics-route.js";
import { discordEventPort } from "./discord/event-port.js";
import { eventSync, type EventSync } from "./events/event-sync.js";
import { scheduledEventRepository } from "./store/scheduled-events.js";
import { publicPageRoute } from "./http/public-page.js";
import {
  startHealthMonitor,
  type HealthMonitor,
  type HealthSources,
} from "./observability/health.js";
import { startHttpListener, type HttpListener, type ListenerLimits } from "./http/listener.js";
import { operatorRoutes } from "./http/operator-routes.js";
import { systemMonotonic, type Monotonic } from "./clock/monotonic.js";
import type { Logger } from "./log/logger.js";
import { lookUps } from "./lookup/look-ups.js";
import { subscriptionService } from "./subscriptions/subscription-service.js";
import { createMetrics, type Metrics } from "./observability/metrics.js";
import { deliveryRepository } from "./store/deliveries.js";
import { type DeliveryRepository } from "./ports/delivery-repository.js";
import { batchedWrites } from "./store/write-batch.js";
import { metaRepository } from "./store/meta.js";
import { openDatabase, type OpenOptions } from "./store/open.js";
import { subscriptionRepository } from "./store/subscriptions.js";
import { type SubscriptionRepository } from "./ports/subscription-repository.js";
import { serverDateRepository } from "./store/server-dates.js";
import { serverDateService } from "./server-dates/server-date-service.js";

export interface ServiceOptions {
  token: string;
  rest: RestOptions;
  shards?: ShardOptions;
  databaseUrl: string;
  /** PostgreSQL's schema and timeouts. */
  store?: Omit<OpenOptions, "log">;
  calendar: Calendar;
  /** Where a reload reads the calendar's data from (DATA_DIR). */
  dataDir: string;
  clock: Clock;
  log: Logger;
  commands: readonly Command[];
  /** Zone for "today" in look-ups. */
  zone: string;
  version: string;
  newId(): string;
  delivery: DeliveryOptions;
  /** Where to serve the public page and the calendar feed; none when unset. */
  http?: { port: number; host: string };
  /** Where to serve /healthz and /metrics, for operators; none when unset. */
  ops?: { port: number; host: string };
  /** Tests shorten the listeners' limits and the health monitor's interval. */
  listening?: { limits?: Partial<ListenerLimits>; healthEveryMs?: number };
  /** For the ages of cached pages and of the store's health (default: performance.now). */
  monotonic?: Monotonic;
  /** The listener's address as readers reach it, for links; null when unset. */
  publicUrl: string | null;
}

export interface Service {
  client: Client;
  /** What commands run with. */
  context: BotContext;
  planner: Planner;
  dispatcher: Dispatcher;
  subscriptions: SubscriptionRepository;
  deliveries: DeliveryRepository;
  metrics: Metrics;
  /** The public listener (page and feed), when one was asked for. */
  http: HttpListener | null;
  /** The operators' listener (/healthz, /metrics), when one was asked for. */
  ops: HttpListener | null;
  /** A server's scheduled events (each tick syncs the due servers' in the background). */
  events: EventSync;
  /** One scheduler tick, timed and counted in the metrics (what node-cron calls). */
  tick(): Promise<TickReport>;
  /**
   * Reads the calendar's data again (SIGHUP, or `npm run cli -- calendar reload` through the store):
   * invalid data is refused and logged with file:line, and the calendar in use stays; valid data
   * replaces it, and the subscriptions are re-planned when it changed.
   */
  reloadCalendar(): Promise<ReloadReport>;
  stop(): Promise<void>;
}

/**
 * A reload's outcome: the new data in use and the schedules recomputed if it changed them; in use, with
 * the schedules left to the next ticks (the store failed: `deferred` says why); or refused.
 */
export type ReloadReport =
  | { ok: true; changed: boolean; subscriptions: number }
  | { ok: true; deferred: string }
  | { ok: false; error: string };

const CALENDAR_KEY = "calendar-fingerprint";
/** When an operator last asked every process to reload the calendar (`calendar reload`). */
export const RELOAD_REQUEST_KEY = "calendar-reload-requested";
const fingerprintOf = (calendar: Calendar) =>
  createHash("sha256").update(JSON.stringify(calendar.observances)).digest("hex");
/** How often a server's scheduled events are compared with what they should be. */
const EVENT_SYNC_MINUTES = 10;
/** How often the health monitor pings the store, and how long a ping may take. */
const HEALTH_EVERY_MS = 5000;
const STORE_PING_TIMEOUT_MS = 2000;

/**
 * Wires the store, the scheduler and the bot, connects, and catches up on posts missed earlier today.
 * Schedules are recomputed when the calendar data changed since the last start.
 */
export async function startService(o: ServiceOptions): Promise<Service> {
  const { db, engine } = await openDatabase(o.databaseUrl, { ...o.store, log: o.log });
  o.log.info({ engine }, "store ready");
  // A fan-out's outbox and schedule writes of one moment share a commit (SQLite).
  const writes = batchedWrites(db, engine);
  const subscriptions = subscriptionRepository(db, writes);
  const deliveries = deliveryRepository(db, writes);
  const serverDates = serverDateRepository(db);
  const client = createClient(o.rest, o.shards);
  // Every part gets the live calendar: a reload puts new data behind it.
  const live = createLiveCalendar(o.calendar);
  const calendar = live.calendar;
  const index = createSearchIndex(calendar);
  const planner = createPlanner({
    calendar,
    serverDates,
    clock: o.clock,
    subscriptions,
    deliveries,
    log: o.log,
    options: o.delivery,
  });
  const subscriptionChanges = subscriptionService({
    subscriptions,
    scheduler: planner,
    clock: o.clock,
    newId: o.newId,
  });
  const dispatcher = createDispatcher({
    calendar,
    serverDates,
    clock: o.clock,
    subscriptions,
    deliveries,
    sender: discordSender(client, calendar),
    ends: subscriptionChanges,
    log: o.log,
    options: o.delivery,
  });

  const meta = metaRepository(db);
  /** Re-plans every subscription when the calendar differs from the one they were planned with. */
  const replan = async (): Promise<{ changed: boolean; subscriptions: number }> => {
    const fingerprint = fingerprintOf(calendar);
    if ((await meta.get(CALENDAR_KEY)) === fingerprint) return { changed: false, subscriptions: 0 };
    const subscriptions = await planner.rescheduleAll();
    await meta.set(CALENDAR_KEY, fingerprint);
    o.log.info({ subscriptions }, "calendar changed: schedules recomputed");
    return { changed: true, subscriptions };
  };
  await replan();
  /** A replan the store failed after a reload: each tick tries again until it is done. */
  let replanOwed = false;
  const replanOrOwe = async (): Promise<ReloadReport> => {
    try {
      const report = await replan();
      replanOwed = false;
      return { ok: true, ...report };
    } catch (error) {
      replanOwed = true;
      o.log.warn({ err: error }, "could not recompute schedules; will try again at the next tick");
      return { ok: true, deferred: (error as Error).message };
    }
  };
  let reloadAsked = await meta.get(RELOAD_REQUEST_KEY);
  const reloadCalendar = async (): Promise<ReloadReport> => {
    let next: Calendar;
    try {
      next = loadCalendar(o.dataDir);
    } catch (error) {
      o.log.error({ err: error }, "calendar reload refused: the calendar in use stays");
      return { ok: false, error: (error as Error).message };
    }
    live.replace(next);
    const report = await replanOrOwe();
    o.log.info(report, "calendar reloaded");
    return report;
  };
  /** An operator's `calendar reload` is seen by each process at its next tick. */
  const reloadIfAsked = async () => {
    const asked = await meta.get(RELOAD_REQUEST_KEY);
    if (asked === reloadAsked) return;
    reloadAsked = asked;
    await reloadCalendar();
  };

  const metrics = createMetrics({
    counts: () => subscriptions.counts(o.clock.now().toUTC().toISO()!),
    shards: () => client.ws.shards.map((shard) => ({ id: shard.id, pingMs: shard.ping })),
  });
  const scheduledEvents = scheduledEventRepository(db);
  const events = eventSync({
    calendar,
    clock: o.clock,
    subscriptions,
    serverDates,
    events: scheduledEvents,
    port: discordEventPort(client),
    log: o.log,
  });
  const syncEvents = (guildId: string) =>
    events
      .sync(guildId)
      .catch((error: unknown) =>
        o.log.warn({ err: error, guild: guildId }, "could not sync scheduled events"),
      );
  // Each process keeps the events of the servers its shards hold, every EVENT_SYNC_MINUTES, one
  // server after another in the background (not all at once beside the minute's posts).
  const eventsSyncedAt = new Map<string, number>();
  let syncingEvents = false;
  const syncDueEvents = async () => {
    if (syncingEvents) return;
    const now = o.clock.now().toMillis();
    const due = (await scheduledEvents.guilds()).filter(
      (guildId) =>
        client.guilds.cache.has(guildId) &&
        now - (eventsSyncedAt.get(guildId) ?? -Infinity) >= EVENT_SYNC_MINUTES * 60_000,
    );
    if (!due.length) return;
    syncingEvents = true;
    void (async () => {
      for (const guildId of due) {
        eventsSyncedAt.set(guildId, now);
        await syncEvents(guildId);
      }
    })().finally(() => (syncingEvents = false));
  };

  let lastTick = performance.now();
  const tick = async () => {
    const started = performance.now();
    try {
      await reloadIfAsked().catch((error: unknown) =>
        o.log.warn({ err: error }, "could not check for a calendar reload"),
      );
      if (replanOwed) await replanOrOwe();
      const report = await dispatcher.tick();
      metrics.tick(report, (performance.now() - started) / 1000);
      await syncDueEvents().catch((error: unknown) =>
        o.log.warn({ err: error }, "could not sync scheduled events"),
      );
      return report;
    } finally {
      lastTick = performance.now();
    }
  };

  const context: BotContext = {
    calendar,
    index,
    lookUps: lookUps(calendar, index),
    clock: o.clock,
    zone: o.zone,
    version: o.version,
    publicUrl: o.publicUrl,
    refreshEvents: (guildId) => void syncEvents(guildId),
    scheduledEvents,
    subscriptions,
    subscriptionService: subscriptionChanges,
    serverDates,
    serverDateService: serverDateService({
      dates: serverDates,
      subscriptions,
      scheduler: planner,
      clock: o.clock,
      zone: o.zone,
      newId: o.newId,
    }),
  };
  const monotonic = o.monotonic ?? systemMonotonic;
  let http: HttpListener | null = null;
  let ops: HttpListener | null = null;
  let health: HealthMonitor | null = null;
  try {
    await startBot({
      client,
      token: o.token,
      commands: o.commands,
      log: o.log,
      ctx: context,
      observe: metrics,
    });
    if (o.http || o.ops) {
      const sources: HealthSources = {
        shards: () =>
          client.ws.shards.map((shard) => ({
            id: shard.id,
            ready: shard.status === Status.Ready,
          })),
        pingStore: () => meta.ping(),
        msSinceTick: () => performance.now() - lastTick,
      };
      const monitor = await startHealthMonitor({
        sources,
        log: o.log,
        monotonic,
        everyMs: o.listening?.healthEveryMs ?? HEALTH_EVERY_MS,
        timeoutMs: STORE_PING_TIMEOUT_MS,
      });
      health = monitor;
      const listen = { log: o.log, limits: o.listening?.limits };
      if (o.ops)
        ops = await startHttpListener({
          ...o.ops,
          ...listen,
          serves: "health and metrics",
          setting: "OPS_PORT",
          routes: operatorRoutes({ health: monitor, metrics }),
        });
      if (o.http)
        http = await startHttpListener({
          ...o.http,
          ...listen,
          serves: "public page and feed",
          setting: "HTTP_PORT",
          routes: {
            "/": publicPageRoute({ ...context, monotonic, health: () => monitor.current() }),
            "/calendar.ics": calendarIcsRoute({ ...o, calendar, monotonic }),
          },
        });
    }
  } catch (error) {
    health?.stop();
    await ops?.close();
    await client.destroy();
    await db.destroy();
    throw error;
  }
  return {
    client,
    context,
    planner,
    dispatcher,
    subscriptions,
    deliveries,
    metrics,
    http,
    ops,
    events,
    tick,
    reloadCalendar,
    async stop() {
      await http?.close();
      await ops?.close();
      health?.stop();
      await client.destroy();
      await db.destroy();
      o.log.info("disconnected from Discord");
    },
  };
}
